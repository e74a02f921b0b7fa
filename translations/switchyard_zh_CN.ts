<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message numerus="yes">
        <location filename="../ui/replayview/ReplayPage.cpp" line="56"/>
        <source>#%1 %2 — %3 · %4 · %n result(s)</source>
        <translation>
            <numerusform>#%1 %2 — %3 · %4 · %n 个结果</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="382"/>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="343"/>
        <source>no keychain in this session for %1</source>
        <translation>此会话中没有用于 %1 的密钥环</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="29"/>
        <source>never</source>
        <translation>从不</translation>
    </message>
</context>
<context>
    <name>SelectorParamsForm</name>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="58"/>
        <source>No trained model yet: load one made by Train router… or switchyard-cli train.</source>
        <translation>尚无训练好的模型：请加载由“训练路由器…”或 switchyard-cli train 生成的模型。</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="62"/>
        <source>Trained for %1 (quality bar %2)</source>
        <translation>为 %1 训练（质量门槛 %2）</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="82"/>
        <source>Lexical (words, no model needed)</source>
        <translation>词汇（基于词语，无需模型）</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="83"/>
        <source>Embeddings (a model embeds each request)</source>
        <translation>嵌入（由模型嵌入每个请求）</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="86"/>
        <source>Encoder</source>
        <translation>编码器</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="88"/>
        <source>provider/model, such as openai/text-embedding-3-small</source>
        <translation>提供方/模型，例如 openai/text-embedding-3-small</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="90"/>
        <source>Embedding model</source>
        <translation>嵌入模型</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="94"/>
        <source>Change encoder</source>
        <translation>更改编码器</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="97"/>
        <source>Change embedding model</source>
        <translation>更改嵌入模型</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="106"/>
        <source>Example embeddings stored for %n candidate(s); after changing examples, run switchyard-cli embed to refresh them.</source>
        <translation>
            <numerusform>已为 %n 个候选保存示例嵌入；修改示例后，请运行 switchyard-cli embed 刷新。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="108"/>
        <source>No example embeddings yet: run switchyard-cli embed on this policy.</source>
        <translation>尚无示例嵌入：请对此策略运行 switchyard-cli embed。</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="120"/>
        <source>Example requests for %1, one a line</source>
        <translation>%1 的示例请求，每行一个</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="123"/>
        <source>%1: examples</source>
        <translation>%1：示例</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="129"/>
        <source>Change examples of %1</source>
        <translation>更改 %1 的示例</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="137"/>
        <source>The similarity the closest example must reach for %1 to be chosen</source>
        <translation>选择 %1 时最接近的示例必须达到的相似度</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="138"/>
        <source>%1: threshold</source>
        <translation>%1：阈值</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="140"/>
        <source>Change threshold of %1</source>
        <translation>更改 %1 的阈值</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="150"/>
        <source>The cheapest model likely to succeed (threshold)</source>
        <translation>最可能成功的最便宜模型（阈值）</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="151"/>
        <source>The best value for the money (willingness to pay)</source>
        <translation>性价比最高（支付意愿）</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="154"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="162"/>
        <source>λ: how many dollars a point of success probability is worth; the candidate with the largest λ·p − cost is chosen</source>
        <translation>λ：每一点成功概率值多少美元；选择 λ·p − 费用最大的候选</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="168"/>
        <source>The success probability the cheapest candidate must reach; else the next dearer one</source>
        <translation>最便宜的候选必须达到的成功概率；否则选下一个更贵的</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="174"/>
        <source>Threshold or λ</source>
        <translation>阈值或 λ</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="180"/>
        <source>Change rule</source>
        <translation>更改规则</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="188"/>
        <source>Change %1</source>
        <translation>更改 %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="195"/>
        <source>Load model file…</source>
        <translation>加载模型文件…</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="199"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="200"/>
        <source>Load model file</source>
        <translation>加载模型文件</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="202"/>
        <source>Load a trained router</source>
        <translation>加载训练好的路由器</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="202"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="214"/>
        <source>Load trained model</source>
        <translation>加载训练好的模型</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="224"/>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="230"/>
        <source>%1 is not JSON: %2</source>
        <translation>%1 不是 JSON：%2</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="235"/>
        <source>%1 holds no trained router (no &quot;format&quot;: &quot;switchyard.learned-router&quot;).</source>
        <translation>%1 不含训练好的路由器（没有 &quot;format&quot;: &quot;switchyard.learned-router&quot;）。</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="240"/>
        <source>The router in %1 does not read: %2</source>
        <translation>无法读取 %1 中的路由器：%2</translation>
    </message>
</context>
<context>
    <name>TryRequestPanel</name>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="34"/>
        <source>Short question</source>
        <translation>简短问题</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="36"/>
        <source>Code review</source>
        <translation>代码审查</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="38"/>
        <source>Tool use, streamed</source>
        <translation>工具调用（流式）</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="40"/>
        <source>Anthropic format</source>
        <translation>Anthropic 格式</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="47"/>
        <source>Switchyard LLM routing workbench</source>
        <translation>Switchyard LLM 路由工作台</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="50"/>
        <source>Open the demo workspace (created on first use).</source>
        <translation>打开演示工作区（首次使用时创建）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="51"/>
        <source>Open this workspace file.</source>
        <translation>打开此工作区文件。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="54"/>
        <source>Start, wait until the workspace is loaded, report, and quit.</source>
        <translation>启动，等待工作区加载完成，报告后退出。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="56"/>
        <source>Save a screenshot of every page, with live traffic, into FOLDER, and quit.</source>
        <translation>在实时流量下为每个页面截图保存到 FOLDER，然后退出。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="59"/>
        <source>What the log on standard error shows: %1 (default info).</source>
        <translation>标准错误输出中日志显示的内容：%1（默认 info）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="63"/>
        <source>The window size for --screenshots, WIDTHxHEIGHT (default 1280x760).</source>
        <translation>--screenshots 使用的窗口大小，宽x高（默认 1280x760）。</translation>
    </message>
</context>
<context>
    <name>sy::AboutBox</name>
    <message>
        <location filename="../ui/shell/AboutBox.cpp" line="15"/>
        <source>&lt;h3&gt;Switchyard %1&lt;/h3&gt;&lt;p&gt;An LLM routing workbench: design a policy, replay prompts through it, serve it from a local proxy and learn from the traffic.&lt;/p&gt;&lt;p&gt;Running on Qt %2 (built with %3), %4.&lt;/p&gt;&lt;p&gt;Switchyard is free software under the GNU General Public License, version 3 or later. It is built with Qt (LGPL-3.0), QCustomPlot (GPL-3.0), SQLite (public domain), dtl (BSD-3-Clause), nghttp2 (MIT) and OpenSSL (Apache-2.0), as Debian packages them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Switchyard %1&lt;/h3&gt;&lt;p&gt;LLM 路由工作台：设计策略、用它回放提示、通过本地代理提供服务，并从流量中学习。&lt;/p&gt;&lt;p&gt;运行于 Qt %2（构建于 %3），%4。&lt;/p&gt;&lt;p&gt;Switchyard 是自由软件，采用 GNU 通用公共许可证第 3 版或更高版本。它使用 Debian 打包的 Qt (LGPL-3.0)、QCustomPlot (GPL-3.0)、SQLite（公有领域）、dtl (BSD-3-Clause)、nghttp2 (MIT) 和 OpenSSL (Apache-2.0) 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/shell/AboutBox.cpp" line="25"/>
        <source>About Switchyard</source>
        <translation>关于 Switchyard</translation>
    </message>
</context>
<context>
    <name>sy::AnswerColumn</name>
    <message>
        <location filename="../ui/sidebyside/AnswerColumn.cpp" line="51"/>
        <source>Model or route</source>
        <translation>模型或路由</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/AnswerColumn.cpp" line="52"/>
        <source>Who answers in this column: a model, or a route of a policy (the policy picks the model)</source>
        <translation>由谁在此列回答：一个模型，或某个策略的路由（由策略选择模型）</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/AnswerColumn.cpp" line="53"/>
        <location filename="../ui/sidebyside/AnswerColumn.cpp" line="54"/>
        <source>Remove this column</source>
        <translation>移除此列</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/AnswerColumn.cpp" line="55"/>
        <source>Answers</source>
        <translation>回答</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/AnswerColumn.cpp" line="56"/>
        <source>Answers appear here, as they stream in.</source>
        <translation>回答会在流式到达时显示在这里。</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/AnswerColumn.cpp" line="57"/>
        <source>Figures</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/AnswerColumn.cpp" line="58"/>
        <location filename="../ui/sidebyside/AnswerColumn.cpp" line="118"/>
        <source>This one is better</source>
        <translation>这个更好</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/AnswerColumn.cpp" line="59"/>
        <source>Keep a vote for this answer (a human rating: this answer 5, the others 1)</source>
        <translation>为此回答保存一票（人工评分：此回答 5 分，其他 1 分）</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/AnswerColumn.cpp" line="118"/>
        <source>✓ Voted better</source>
        <translation>✓ 已投票更好</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/AnswerColumn.cpp" line="129"/>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/AnswerColumn.cpp" line="131"/>
        <source>waiting for the first token…</source>
        <translation>等待首个 token…</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/AnswerColumn.cpp" line="135"/>
        <source>Failed:</source>
        <translation>失败：</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/AnswerColumn.cpp" line="141"/>
        <source>First token after %1 ms; streaming…</source>
        <translation>首个 token 用时 %1 毫秒；正在流式传输…</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/AnswerColumn.cpp" line="141"/>
        <source>Waiting…</source>
        <translation>等待中…</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/AnswerColumn.cpp" line="144"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/AnswerColumn.cpp" line="144"/>
        <location filename="../ui/sidebyside/AnswerColumn.cpp" line="147"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/AnswerColumn.cpp" line="146"/>
        <source>TTFT %1 · %2 tok/s · %3 ms total&lt;br&gt;%4 in / %5 out tokens · $%6</source>
        <translation>首 token %1 · %2 token/秒 · 共 %3 毫秒&lt;br&gt;输入 %4 / 输出 %5 token · $%6</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/AnswerColumn.cpp" line="150"/>
        <source>Served by %1/%2</source>
        <translation>由 %1/%2 回答</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/AnswerColumn.cpp" line="152"/>
        <source>(decision: %1)</source>
        <translation>（决策：%1）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sidebyside/AnswerColumn.cpp" line="154"/>
        <source>after %n attempt(s)</source>
        <translation>
            <numerusform>经过 %n 次尝试</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sy::CandidateSummaryModel</name>
    <message>
        <location filename="../ui/models/CandidateSummaryModel.cpp" line="52"/>
        <source>★ %1 (recommended)</source>
        <translation>★ %1（推荐）</translation>
    </message>
    <message>
        <location filename="../ui/models/CandidateSummaryModel.cpp" line="143"/>
        <source>Candidate</source>
        <translation>候选</translation>
    </message>
    <message>
        <location filename="../ui/models/CandidateSummaryModel.cpp" line="143"/>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <location filename="../ui/models/CandidateSummaryModel.cpp" line="143"/>
        <source>± repeats</source>
        <translation>± 重复</translation>
    </message>
    <message>
        <location filename="../ui/models/CandidateSummaryModel.cpp" line="143"/>
        <source>Pass rate</source>
        <translation>通过率</translation>
    </message>
    <message>
        <location filename="../ui/models/CandidateSummaryModel.cpp" line="143"/>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../ui/models/CandidateSummaryModel.cpp" line="144"/>
        <source>$ / 1k req</source>
        <translation>$ / 千次请求</translation>
    </message>
    <message>
        <location filename="../ui/models/CandidateSummaryModel.cpp" line="144"/>
        <source>p50 ms</source>
        <translation>p50 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/models/CandidateSummaryModel.cpp" line="144"/>
        <source>p95 ms</source>
        <translation>p95 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/models/CandidateSummaryModel.cpp" line="144"/>
        <source>TTFT p50</source>
        <translation>首字延迟 p50</translation>
    </message>
    <message>
        <location filename="../ui/models/CandidateSummaryModel.cpp" line="144"/>
        <source>TTFT p95</source>
        <translation>首字延迟 p95</translation>
    </message>
    <message>
        <location filename="../ui/models/CandidateSummaryModel.cpp" line="145"/>
        <source>Δ quality</source>
        <translation>Δ 质量</translation>
    </message>
    <message>
        <location filename="../ui/models/CandidateSummaryModel.cpp" line="145"/>
        <source>Δ $ / 1k</source>
        <translation>Δ $ / 千次</translation>
    </message>
    <message>
        <location filename="../ui/models/CandidateSummaryModel.cpp" line="145"/>
        <source>Δ p95 ms</source>
        <translation>Δ p95 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/models/CandidateSummaryModel.cpp" line="147"/>
        <source>Change from the baseline run&apos;s figures for the same candidate</source>
        <translation>相对基准运行中同一候选的变化</translation>
    </message>
</context>
<context>
    <name>sy::ChartWidget</name>
    <message>
        <location filename="../ui/charts/ChartWidget.cpp" line="521"/>
        <source>Save as PNG…</source>
        <translation>另存为 PNG…</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartWidget.cpp" line="522"/>
        <source>Save as SVG…</source>
        <translation>另存为 SVG…</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartWidget.cpp" line="523"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartWidget.cpp" line="524"/>
        <source>Reset zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartWidget.cpp" line="533"/>
        <source>Save chart as PNG</source>
        <translation>将图表保存为 PNG</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartWidget.cpp" line="533"/>
        <source>Save chart as SVG</source>
        <translation>将图表保存为 SVG</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartWidget.cpp" line="533"/>
        <source>Save chart as PDF</source>
        <translation>将图表另存为 PDF</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartWidget.cpp" line="534"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartWidget.cpp" line="534"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartWidget.cpp" line="534"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartWidget.cpp" line="540"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartWidget.cpp" line="540"/>
        <source>The chart could not be written to %1.</source>
        <translation>图表无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>sy::CommandPalette</name>
    <message>
        <location filename="../ui/shell/CommandPalette.cpp" line="29"/>
        <source>Command palette</source>
        <translation>命令面板</translation>
    </message>
    <message>
        <location filename="../ui/shell/CommandPalette.cpp" line="32"/>
        <source>Type to find an action…</source>
        <translation>输入以查找操作…</translation>
    </message>
    <message>
        <location filename="../ui/shell/CommandPalette.cpp" line="33"/>
        <source>Search actions</source>
        <translation>搜索操作</translation>
    </message>
    <message>
        <location filename="../ui/shell/CommandPalette.cpp" line="35"/>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
</context>
<context>
    <name>sy::CompareMatrixModel</name>
    <message>
        <location filename="../ui/models/CompareMatrixModel.cpp" line="111"/>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <location filename="../ui/models/CompareMatrixModel.cpp" line="118"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../ui/models/CompareMatrixModel.cpp" line="122"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../ui/models/CompareMatrixModel.cpp" line="125"/>
        <source>%1/%2, %3 ms, $%4

%5</source>
        <translation>%1/%2，%3 毫秒，$%4

%5</translation>
    </message>
    <message>
        <location filename="../ui/models/CompareMatrixModel.cpp" line="139"/>
        <source>%1 — click a cell to see its answer beside another</source>
        <translation>%1 — 点击单元格，将其回答与另一个并排查看</translation>
    </message>
    <message>
        <location filename="../ui/models/CompareMatrixModel.cpp" line="143"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/models/CompareMatrixModel.cpp" line="144"/>
        <source>Prompt</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../ui/models/CompareMatrixModel.cpp" line="145"/>
        <source>Reference</source>
        <translation>参考</translation>
    </message>
</context>
<context>
    <name>sy::ComparePanel</name>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="31"/>
        <source>All prompts</source>
        <translation>所有提示</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="31"/>
        <source>Failures</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="31"/>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="31"/>
        <source>Different answers</source>
        <translation>答案不同</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="32"/>
        <source>Which prompts to show</source>
        <translation>显示哪些提示</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="33"/>
        <source>Search prompts, references and answers</source>
        <translation>搜索提示、参考和答案</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="36"/>
        <source>Prompts by candidate</source>
        <translation>按候选列出的提示</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="43"/>
        <source>Left-hand candidate</source>
        <translation>左侧候选</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="44"/>
        <source>Right-hand candidate</source>
        <translation>右侧候选</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="50"/>
        <source>Left-hand answer</source>
        <translation>左侧答案</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="51"/>
        <source>Right-hand answer</source>
        <translation>右侧答案</translation>
    </message>
    <message>
        <source>👍</source>
        <translation type="vanished">👍</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="53"/>
        <source>Good answer (rated 5)</source>
        <translation>好答案（评 5 分）</translation>
    </message>
    <message>
        <source>👎</source>
        <translation type="vanished">👎</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="52"/>
        <source>Good</source>
        <translation>好</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="54"/>
        <source>Bad</source>
        <translation>差</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="55"/>
        <source>Bad answer (rated 1)</source>
        <translation>差答案（评 1 分）</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="57"/>
        <source>not rated</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="58"/>
        <source>Your rating of the right-hand answer, 1 to 5</source>
        <translation>您对右侧答案的评分，1 到 5</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="59"/>
        <source>Comment (kept in exports)</source>
        <translation>评论（随导出保留）</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="60"/>
        <source>Save rating</source>
        <translation>保存评分</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="63"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="82"/>
        <source>Rate the right-hand answer:</source>
        <translation>为右侧答案评分：</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="132"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="170"/>
        <source>&lt;p class=&apos;meta&apos;&gt;No answer yet.&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;meta&apos;&gt;尚无答案。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="172"/>
        <source>&lt;p&gt;&lt;b&gt;Error&lt;/b&gt;&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;错误&lt;/b&gt;&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="173"/>
        <source>&lt;p class=&apos;meta&apos;&gt;%1/%2 · %3 ms · $%4 · quality %5 · %6%7&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;meta&apos;&gt;%1/%2 · %3 毫秒 · $%4 · 质量 %5 · %6%7&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="178"/>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="178"/>
        <source>failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="179"/>
        <source> · from the cache</source>
        <translation> · 来自缓存</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="186"/>
        <source>&lt;p class=&apos;meta&apos;&gt;Checks: %1&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;meta&apos;&gt;检查：%1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="189"/>
        <source>grade %1/10</source>
        <translation>评分 %1/10</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="192"/>
        <source>&lt;p class=&apos;meta&apos;&gt;Judge %1: %2 — %3&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;meta&apos;&gt;评审 %1：%2 — %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="197"/>
        <source>&lt;p class=&apos;meta&apos;&gt;Rated %1/5 %2&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;meta&apos;&gt;评分 %1/5 %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sy::ConditionEditor</name>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="135"/>
        <source>Nested condition: %1</source>
        <translation>嵌套条件：%1</translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="137"/>
        <source>Edit condition as JSON…</source>
        <translation>以 JSON 编辑条件…</translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="147"/>
        <source>Match all of these</source>
        <translation>全部满足</translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="148"/>
        <source>Match any of these</source>
        <translation>任一满足</translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="150"/>
        <source>How clauses combine</source>
        <translation>子句的组合方式</translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="155"/>
        <source>Add clause</source>
        <translation>添加子句</translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="167"/>
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="168"/>
        <source>Edit condition as JSON (for nested groups)</source>
        <translation>以 JSON 编辑条件（用于嵌套分组）</translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="211"/>
        <source>not</source>
        <translation>非</translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="213"/>
        <source>Negate clause %1</source>
        <translation>对子句 %1 取反</translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="215"/>
        <source>Field of clause %1</source>
        <translation>子句 %1 的字段</translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="220"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="221"/>
        <source>Header or metadata name of clause %1</source>
        <translation>子句 %1 的请求头或元数据名称</translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="223"/>
        <source>Operator of clause %1</source>
        <translation>子句 %1 的运算符</translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="310"/>
        <source>true</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="331"/>
        <source>regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="337"/>
        <source>Not a valid regular expression: %1</source>
        <translation>不是有效的正则表达式：%1</translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="350"/>
        <source>Value of clause %1</source>
        <translation>子句 %1 的值</translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="227"/>
        <source>Remove clause</source>
        <translation>删除子句</translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="228"/>
        <source>Remove clause %1</source>
        <translation>删除子句 %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="331"/>
        <source>comma-separated values</source>
        <translation>逗号分隔的值</translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="331"/>
        <source>value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>sy::DemoTour</name>
    <message>
        <location filename="../ui/shell/DemoTour.cpp" line="50"/>
        <source>End the tour</source>
        <translation>结束导览</translation>
    </message>
    <message>
        <location filename="../ui/shell/DemoTour.cpp" line="86"/>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <location filename="../ui/shell/DemoTour.cpp" line="87"/>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../ui/shell/DemoTour.cpp" line="87"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../ui/shell/DemoTour.cpp" line="105"/>
        <source>The demo workspace</source>
        <translation>演示工作区</translation>
    </message>
    <message>
        <location filename="../ui/shell/DemoTour.cpp" line="105"/>
        <source>Opening the demo workspace: simulated providers, three policies and two prompt sets…</source>
        <translation>正在打开演示工作区：模拟提供方、三个策略和两个提示集…</translation>
    </message>
    <message>
        <location filename="../ui/shell/DemoTour.cpp" line="127"/>
        <source>1. A policy decides where each request goes</source>
        <translation>1. 策略决定每个请求的去向</translation>
    </message>
    <message>
        <location filename="../ui/shell/DemoTour.cpp" line="128"/>
        <source>This is &lt;b&gt;cheap-first&lt;/b&gt;. A client asks for a route such as &lt;b&gt;auto&lt;/b&gt;; its rules send short, easy prompts to a small model and code, maths or long prompts to stronger ones, with fallbacks when a provider fails. Select a box in the diagram to edit it; &lt;b&gt;Try a request&lt;/b&gt; shows the decision for any request.</source>
        <translation>这是 &lt;b&gt;cheap-first&lt;/b&gt;。客户端请求诸如 &lt;b&gt;auto&lt;/b&gt; 的路由；其规则把简短、简单的提示发给小模型，把代码、数学或长提示发给更强的模型，并在提供方失败时回退。选择图中的方框即可编辑；&lt;b&gt;试一个请求&lt;/b&gt;会显示任意请求的决策。</translation>
    </message>
    <message>
        <location filename="../ui/shell/DemoTour.cpp" line="137"/>
        <location filename="../ui/shell/DemoTour.cpp" line="143"/>
        <location filename="../ui/shell/DemoTour.cpp" line="155"/>
        <source>2. Serve it</source>
        <translation>2. 提供服务</translation>
    </message>
    <message>
        <location filename="../ui/shell/DemoTour.cpp" line="137"/>
        <source>Starting the proxy with cheap-first…</source>
        <translation>正在用 cheap-first 启动代理…</translation>
    </message>
    <message>
        <location filename="../ui/shell/DemoTour.cpp" line="144"/>
        <source>The proxy answers OpenAI and Anthropic requests at &lt;b&gt;%1&lt;/b&gt;: point any client there and ask for the model &lt;b&gt;auto&lt;/b&gt;. &lt;b&gt;Demo traffic&lt;/b&gt; now sends a few sample requests a second through it.</source>
        <translation>代理在 &lt;b&gt;%1&lt;/b&gt; 应答 OpenAI 和 Anthropic 请求：将任意客户端指向该地址并请求模型 &lt;b&gt;auto&lt;/b&gt;。&lt;b&gt;演示流量&lt;/b&gt;现在每秒通过它发送几个示例请求。</translation>
    </message>
    <message>
        <location filename="../ui/shell/DemoTour.cpp" line="155"/>
        <source>The proxy could not start: %1</source>
        <translation>代理无法启动：%1</translation>
    </message>
    <message>
        <location filename="../ui/shell/DemoTour.cpp" line="167"/>
        <source>Each row is one request: who sent it, the route, the model the policy chose, status, latency, time to first token, tokens and cost. Select a row to see how it was decided, step by step. Everything is also kept in the workspace&apos;s request log: &lt;b&gt;History&lt;/b&gt; sums it up.</source>
        <translation>每一行是一个请求：发送者、路由、策略选择的模型、状态、延迟、首 token 时间、token 数和费用。选择一行可逐步查看决策过程。所有请求也保存在工作区的请求日志中：&lt;b&gt;历史&lt;/b&gt;页对其汇总。</translation>
    </message>
    <message>
        <location filename="../ui/shell/DemoTour.cpp" line="174"/>
        <location filename="../ui/shell/DemoTour.cpp" line="179"/>
        <source>3. Traffic flows</source>
        <translation>3. 流量流动</translation>
    </message>
    <message>
        <location filename="../ui/shell/DemoTour.cpp" line="179"/>
        <source>Waiting for the first requests…</source>
        <translation>等待第一批请求…</translation>
    </message>
    <message>
        <location filename="../ui/shell/DemoTour.cpp" line="192"/>
        <location filename="../ui/shell/DemoTour.cpp" line="199"/>
        <source>4. Replay prompts through the candidates</source>
        <translation>4. 用候选重放提示</translation>
    </message>
    <message>
        <location filename="../ui/shell/DemoTour.cpp" line="193"/>
        <source>The &lt;b&gt;arithmetic&lt;/b&gt; prompt set goes through three simulated models and cheap-first&apos;s two routes; every answer is checked against the expected number and graded by a judge model. Running…</source>
        <translation>&lt;b&gt;arithmetic&lt;/b&gt; 提示集经过三个模拟模型和 cheap-first 的两条路由；每个回答都与期望的数字比对，并由评审模型打分。运行中…</translation>
    </message>
    <message>
        <location filename="../ui/shell/DemoTour.cpp" line="200"/>
        <source>Done: the summary ranks the candidates by quality, cost and latency and recommends one. Cells in &lt;b&gt;Compare&lt;/b&gt; show each answer beside another.</source>
        <translation>完成：摘要按质量、费用和延迟为候选排名并推荐一个。&lt;b&gt;比较&lt;/b&gt;中的单元格可将各回答并排显示。</translation>
    </message>
    <message>
        <location filename="../ui/shell/DemoTour.cpp" line="213"/>
        <source>5. Compare on the chart</source>
        <translation>5. 在图表上比较</translation>
    </message>
    <message>
        <location filename="../ui/shell/DemoTour.cpp" line="214"/>
        <source>Quality against cost, one point per candidate: the line joins those no other beats on both, and the recommended one is marked. That is the loop — edit a policy, serve it, replay, compare — and the traffic keeps flowing meanwhile.</source>
        <translation>质量对比费用，每个候选一个点：折线连接在两方面都无人能胜的候选，推荐的候选已标出。这就是闭环——编辑策略、提供服务、重放、比较——同时流量持续流动。</translation>
    </message>
</context>
<context>
    <name>sy::ExperimentArmsModel</name>
    <message>
        <location filename="../ui/models/ExperimentArmsModel.cpp" line="29"/>
        <location filename="../ui/models/ExperimentArmsModel.cpp" line="65"/>
        <location filename="../ui/models/ExperimentArmsModel.cpp" line="72"/>
        <location filename="../ui/models/ExperimentArmsModel.cpp" line="74"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/models/ExperimentArmsModel.cpp" line="30"/>
        <source>%1%4 (%2–%3)</source>
        <translation>%1%4（%2–%3）</translation>
    </message>
    <message>
        <location filename="../ui/models/ExperimentArmsModel.cpp" line="52"/>
        <source>The control: the arm the others are compared with (the largest share)</source>
        <translation>对照组：其他分支与之比较的分支（份额最大）</translation>
    </message>
    <message>
        <location filename="../ui/models/ExperimentArmsModel.cpp" line="53"/>
        <source>%1 of %2 requests failed</source>
        <translation>%2 个请求中有 %1 个失败</translation>
    </message>
    <message>
        <location filename="../ui/models/ExperimentArmsModel.cpp" line="55"/>
        <source>No feedback on this arm&apos;s answers yet</source>
        <translation>此分支的回答尚无反馈</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/ExperimentArmsModel.cpp" line="56"/>
        <source>Mean feedback score of %n rated answer(s)</source>
        <translation>
            <numerusform>%n 个已评分回答的平均反馈分</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/ExperimentArmsModel.cpp" line="57"/>
        <source>Measured by %1 against the served answers</source>
        <translation>以 %1 对照已送达的回答测量</translation>
    </message>
    <message>
        <location filename="../ui/models/ExperimentArmsModel.cpp" line="64"/>
        <source>%1 (control)</source>
        <translation>%1（对照组）</translation>
    </message>
    <message>
        <location filename="../ui/models/ExperimentArmsModel.cpp" line="74"/>
        <source>%1 · n=%2</source>
        <translation>%1 · n=%2</translation>
    </message>
    <message>
        <location filename="../ui/models/ExperimentArmsModel.cpp" line="86"/>
        <source>The chance the node&apos;s weights give this arm</source>
        <translation>节点权重分给此分支的概率</translation>
    </message>
    <message>
        <location filename="../ui/models/ExperimentArmsModel.cpp" line="87"/>
        <source>Share of tried requests that failed, with its 95% interval</source>
        <translation>已尝试请求中失败的比例，含 95% 区间</translation>
    </message>
    <message>
        <location filename="../ui/models/ExperimentArmsModel.cpp" line="88"/>
        <source>Median latency in milliseconds, with its 95% interval</source>
        <translation>延迟中位数（毫秒），含 95% 区间</translation>
    </message>
    <message>
        <location filename="../ui/models/ExperimentArmsModel.cpp" line="89"/>
        <source>95th percentile latency in milliseconds, with its 95% interval</source>
        <translation>延迟第 95 百分位（毫秒），含 95% 区间</translation>
    </message>
    <message>
        <location filename="../ui/models/ExperimentArmsModel.cpp" line="90"/>
        <source>Median time to first token of streamed answers, in milliseconds</source>
        <translation>流式回答首个令牌时间的中位数（毫秒）</translation>
    </message>
    <message>
        <location filename="../ui/models/ExperimentArmsModel.cpp" line="91"/>
        <source>Cost of 1,000 requests in USD, with its 95% interval</source>
        <translation>每 1,000 个请求的成本（美元），含 95% 区间</translation>
    </message>
    <message>
        <location filename="../ui/models/ExperimentArmsModel.cpp" line="93"/>
        <source>Mean feedback score (0 to 1) with its 95% interval, and how many answers were rated; in a shadow test, how often a pairwise judge preferred the arm</source>
        <translation>平均反馈分（0 到 1），含 95% 区间及已评分回答数；在影子测试中，表示成对评审偏好该分支的频率</translation>
    </message>
    <message>
        <location filename="../ui/models/ExperimentArmsModel.cpp" line="95"/>
        <source>Shadow tests: how close a candidate&apos;s answers are to the served ones (0 to 1), by the route&apos;s scorers</source>
        <translation>影子测试：候选回答与已送达回答的接近程度（0 到 1），按路由的评分器计算</translation>
    </message>
    <message>
        <location filename="../ui/models/ExperimentArmsModel.cpp" line="111"/>
        <source>Agreement</source>
        <translation>一致度</translation>
    </message>
    <message>
        <source>Mean feedback score (0 to 1) with its 95% interval, and how many answers were rated</source>
        <translation type="vanished">平均反馈分（0 到 1），含 95% 区间及已评分回答数</translation>
    </message>
    <message>
        <location filename="../ui/models/ExperimentArmsModel.cpp" line="102"/>
        <source>Arm</source>
        <translation>分支</translation>
    </message>
    <message>
        <location filename="../ui/models/ExperimentArmsModel.cpp" line="103"/>
        <source>Share</source>
        <translation>份额</translation>
    </message>
    <message>
        <location filename="../ui/models/ExperimentArmsModel.cpp" line="104"/>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <location filename="../ui/models/ExperimentArmsModel.cpp" line="105"/>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../ui/models/ExperimentArmsModel.cpp" line="106"/>
        <source>p50 ms</source>
        <translation>p50 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/models/ExperimentArmsModel.cpp" line="107"/>
        <source>p95 ms</source>
        <translation>p95 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/models/ExperimentArmsModel.cpp" line="108"/>
        <source>TTFT p50 ms</source>
        <translation>首令牌 p50 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/models/ExperimentArmsModel.cpp" line="109"/>
        <source>Cost per 1k</source>
        <translation>每千次成本</translation>
    </message>
    <message>
        <location filename="../ui/models/ExperimentArmsModel.cpp" line="110"/>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
</context>
<context>
    <name>sy::ExperimentsPage</name>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="86"/>
        <source>Shadow test</source>
        <translation>影子测试</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="90"/>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="95"/>
        <source>Canary</source>
        <translation>金丝雀发布</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="90"/>
        <source>Share of the route&apos;s traffic the candidate answers (%):</source>
        <translation>候选模型回答的路由流量份额（%）：</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="98"/>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="102"/>
        <source>Promote</source>
        <translation>全面推广</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="98"/>
        <source>Let the candidate answer all of route %1&apos;s traffic?</source>
        <translation>让候选模型回答路由 %1 的全部流量？</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="105"/>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="109"/>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="176"/>
        <source>Roll back</source>
        <translation>回滚</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="105"/>
        <source>Put route %1 back as it was before the rollout began?</source>
        <translation>将路由 %1 恢复到发布开始前的状态？</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="155"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="156"/>
        <source>Experiment:</source>
        <translation>实验：</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="157"/>
        <source>Last hour</source>
        <translation>最近一小时</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="157"/>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="157"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="157"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="157"/>
        <source>Everything logged</source>
        <translation>全部日志</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="165"/>
        <source>Time range</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="166"/>
        <source>Experiment</source>
        <translation>实验</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="167"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="168"/>
        <source>Read the request log and feedback again (this page also does every minute while shown)</source>
        <translation>重新读取请求日志和反馈（页面显示时也会每分钟自动读取）</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="169"/>
        <source>Arms</source>
        <translation>分支</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="170"/>
        <source>Try a model…</source>
        <translation>试用模型…</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="171"/>
        <source>Start a shadow test: mirror a share of a route&apos;s requests to a candidate model, never serving its answers</source>
        <translation>开始影子测试：将路由的部分请求镜像给候选模型，绝不送达其回答</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="172"/>
        <source>Start canary…</source>
        <translation>开始金丝雀发布…</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="173"/>
        <source>Let the shadow test&apos;s candidate answer a small share of the route&apos;s real traffic</source>
        <translation>让影子测试的候选模型回答路由真实流量的一小部分</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="174"/>
        <source>Promote to all traffic</source>
        <translation>推广到全部流量</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="175"/>
        <source>Let the canary answer all of the route&apos;s traffic</source>
        <translation>让金丝雀模型回答路由的全部流量</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="177"/>
        <source>Put the route back as it was before the rollout began</source>
        <translation>将路由恢复到发布开始前的状态</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="178"/>
        <source>Rollout</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="180"/>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="181"/>
        <source>Verdicts</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="225"/>
        <source>Reading the request log and feedback…</source>
        <translation>正在读取请求日志和反馈…</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="243"/>
        <source>%1 · shadow test</source>
        <translation>%1 · 影子测试</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="245"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="263"/>
        <source>No experiments in this range. A route whose policy splits traffic by weights (a weighted node, such as the demo&apos;s ab-standard-vs-claude) or mirrors it to candidates (a shadow test) becomes one here as soon as the proxy serves it; feedback sent to /v1/feedback gives each arm its quality.</source>
        <translation>此范围内没有实验。策略按权重分流（加权节点，例如演示中的 ab-standard-vs-claude）或将流量镜像给候选模型（影子测试）的路由，一经代理服务便会出现在这里；发送到 /v1/feedback 的反馈为每个分支提供质量。</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="334"/>
        <source>%1$%2 per 1,000 requests</source>
        <translation>每 1,000 个请求 %1$%2</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="377"/>
        <source>Start the proxy on Live Traffic to try a model on the traffic it serves.</source>
        <translation>在“实时流量”中启动代理，即可在其服务的流量上试用模型。</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="379"/>
        <source>No rollout on route %1.</source>
        <translation>路由 %1 没有进行中的发布。</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="381"/>
        <source>Rollout on route %1: %2</source>
        <translation>路由 %1 的发布：%2</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="390"/>
        <source>The proxy is not serving a policy.</source>
        <translation>代理当前未服务任何策略。</translation>
    </message>
    <message>
        <source>No experiments in this range. A route whose policy splits traffic by weights (a weighted node, such as the demo&apos;s ab-standard-vs-claude) becomes one here as soon as the proxy serves it; feedback sent to /v1/feedback gives each arm its quality.</source>
        <translation type="vanished">此范围内没有实验。策略按权重分流的路由（加权节点，例如演示中的 ab-standard-vs-claude）一经代理服务便会出现在这里；发送到 /v1/feedback 的反馈为每个分支提供质量。</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="266"/>
        <source>Open a workspace to see its experiments.</source>
        <translation>打开工作区以查看其实验。</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="275"/>
        <source> A shadow test: candidates answered copies of served requests after the client had its answer; only the served answers reached clients. Agreement is measured by %1; quality comes from a pairwise judge where one has compared the pairs.</source>
        <translation>影子测试：在客户端收到回答之后，候选模型回答了已送达请求的副本；只有已送达的回答到达客户端。一致度按 %1 测量；质量来自对这些回答对进行比较的成对评审。</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="280"/>
        <source>Route %1: %2 requests from %3 to %4. Verdicts hold with %5% confidence for the whole experiment, however often this page is read.</source>
        <translation>路由 %1：%3 至 %4 共 %2 个请求。无论此页面被查看多少次，结论对整个实验均以 %5% 置信度成立。</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="314"/>
        <source>quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="318"/>
        <source>error rate</source>
        <translation>错误率</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="319"/>
        <source>%1 points</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="323"/>
        <source>latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="324"/>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="329"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="328"/>
        <source>time to first token</source>
        <translation>首令牌时间</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="333"/>
        <source>cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>$%1 per 1,000 requests</source>
        <translation type="vanished">每 1,000 个请求 $%1</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="339"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: not measured yet in both arms</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：尚未在两个分支中测得</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="340"/>
        <source>%1 against %2: %3 (%4 to %5)</source>
        <translation>%1 对 %2：%3（%4 至 %5）</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="343"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: arm &lt;b&gt;%2&lt;/b&gt; is better than %3 with %4% confidence; %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：分支 &lt;b&gt;%2&lt;/b&gt; 以 %4% 置信度优于 %3；%5</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="347"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: no difference seen so far; %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：目前未见差异；%2</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="348"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: no verdict yet, about %2 more requests needed if the difference holds; %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：尚无结论，若差异保持，约还需 %2 个请求；%3</translation>
    </message>
</context>
<context>
    <name>sy::HarvestDialog</name>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="29"/>
        <source>Prompt set from traffic</source>
        <translation>从流量生成提示集</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="30"/>
        <source>From traffic %1</source>
        <translation>来自流量 %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="31"/>
        <source>Last hour</source>
        <translation>最近一小时</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="31"/>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="31"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="31"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="31"/>
        <source>Everything logged</source>
        <translation>全部日志</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="33"/>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="34"/>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="35"/>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="36"/>
        <source>Any</source>
        <translation>任意</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="36"/>
        <source>Rated</source>
        <translation>已评分</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="36"/>
        <source>Liked</source>
        <translation>好评</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="36"/>
        <source>Disliked</source>
        <translation>差评</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="39"/>
        <source>E-mail addresses</source>
        <translation>电子邮件地址</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="40"/>
        <source>Phone numbers</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="41"/>
        <source>Keys and tokens</source>
        <translation>密钥和令牌</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="44"/>
        <source>One per line, NAME=REGEX, e.g. ticket=ACME-\d+</source>
        <translation>每行一个，NAME=REGEX，例如 ticket=ACME-\d+</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="46"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="48"/>
        <source>Save prompt set</source>
        <translation>保存提示集</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="53"/>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="53"/>
        <source>Found</source>
        <translation>发现</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="53"/>
        <source>Taken out</source>
        <translation>移除为</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="57"/>
        <source>Prompt set name</source>
        <translation>提示集名称</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="57"/>
        <source>Time range</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="57"/>
        <source>Route</source>
        <translation>路由</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="58"/>
        <source>A/B arm</source>
        <translation>A/B 分支</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="58"/>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="58"/>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="59"/>
        <source>At most</source>
        <translation>最多</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="59"/>
        <source>Own patterns</source>
        <translation>自定义模式</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="60"/>
        <source>Findings</source>
        <translation>发现项</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="65"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="66"/>
        <source>Logged:</source>
        <translation>日志时间：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="67"/>
        <source>Route:</source>
        <translation>路由：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="68"/>
        <source>A/B arm:</source>
        <translation>A/B 分支：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="69"/>
        <source>Client:</source>
        <translation>客户端：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="70"/>
        <source>Feedback:</source>
        <translation>反馈：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="71"/>
        <source>At most:</source>
        <translation>最多：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="77"/>
        <source>Take out:</source>
        <translation>移除：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="78"/>
        <source>Also take out:</source>
        <translation>另外移除：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="101"/>
        <source>Requests logged with their bodies become prompts; the logged answer becomes each prompt&apos;s reference. Preview shows everything that will be taken out before anything is saved.</source>
        <translation>记录了正文的请求会成为提示；记录的回答成为各提示的参考答案。预览会在保存之前显示所有将被移除的内容。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="123"/>
        <source>“%1” is not NAME=REGEX</source>
        <translation>“%1”不是 NAME=REGEX 格式</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="151"/>
        <source>Reading the request log…</source>
        <translation>正在读取请求日志…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="161"/>
        <source>%1 requests matched: %2 become prompts, %3 were logged without their body (turn on logging bodies in Settings, or log_bodies in the policy), %4 were not chat requests. %5 things will be taken out:</source>
        <translation>匹配 %1 个请求：%2 个成为提示，%3 个记录时没有正文（在设置中开启记录正文，或在策略中设置 log_bodies），%4 个不是聊天请求。将移除 %5 处内容：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="193"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>sy::HistoryBreakdownModel</name>
    <message>
        <location filename="../ui/models/HistoryBreakdownModel.cpp" line="7"/>
        <source>Route</source>
        <translation>路由</translation>
    </message>
    <message>
        <location filename="../ui/models/HistoryBreakdownModel.cpp" line="45"/>
        <source>%1 in, %2 out</source>
        <translation>输入 %1，输出 %2</translation>
    </message>
    <message>
        <location filename="../ui/models/HistoryBreakdownModel.cpp" line="49"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../ui/models/HistoryBreakdownModel.cpp" line="68"/>
        <source>Share of requests that failed (no answer, or HTTP 400 and above)</source>
        <translation>失败请求的比例（无应答，或 HTTP 400 及以上）</translation>
    </message>
    <message>
        <location filename="../ui/models/HistoryBreakdownModel.cpp" line="69"/>
        <source>Input and output tokens</source>
        <translation>输入和输出 token</translation>
    </message>
    <message>
        <location filename="../ui/models/HistoryBreakdownModel.cpp" line="70"/>
        <source>Median latency, in milliseconds</source>
        <translation>延迟中位数（毫秒）</translation>
    </message>
    <message>
        <location filename="../ui/models/HistoryBreakdownModel.cpp" line="71"/>
        <source>95th percentile latency, in milliseconds</source>
        <translation>延迟第 95 百分位（毫秒）</translation>
    </message>
    <message>
        <location filename="../ui/models/HistoryBreakdownModel.cpp" line="72"/>
        <source>Median time to first token of streamed requests, in milliseconds</source>
        <translation>流式请求首个 token 时间的中位数（毫秒）</translation>
    </message>
    <message>
        <location filename="../ui/models/HistoryBreakdownModel.cpp" line="80"/>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <location filename="../ui/models/HistoryBreakdownModel.cpp" line="81"/>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../ui/models/HistoryBreakdownModel.cpp" line="82"/>
        <source>Error %</source>
        <translation>错误率</translation>
    </message>
    <message>
        <location filename="../ui/models/HistoryBreakdownModel.cpp" line="83"/>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../ui/models/HistoryBreakdownModel.cpp" line="84"/>
        <source>Spend</source>
        <translation>花费</translation>
    </message>
    <message>
        <location filename="../ui/models/HistoryBreakdownModel.cpp" line="85"/>
        <source>p50 ms</source>
        <translation>p50 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/models/HistoryBreakdownModel.cpp" line="86"/>
        <source>p95 ms</source>
        <translation>p95 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/models/HistoryBreakdownModel.cpp" line="87"/>
        <source>TTFT p50</source>
        <translation>首 token p50</translation>
    </message>
</context>
<context>
    <name>sy::HistoryPage</name>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="129"/>
        <source>Show:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="130"/>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="131"/>
        <source>To:</source>
        <translation>到：</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="132"/>
        <source>Break down by:</source>
        <translation>细分依据：</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="133"/>
        <source>Last 15 minutes</source>
        <translation>最近 15 分钟</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="133"/>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="133"/>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="133"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="133"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="133"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="134"/>
        <source>Custom range</source>
        <translation>自定义范围</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="135"/>
        <source>Route</source>
        <translation>路由</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="135"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="135"/>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="135"/>
        <source>A/B arm</source>
        <translation>A/B 分支</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="135"/>
        <source>Virtual key</source>
        <translation>虚拟密钥</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="143"/>
        <source>Time range</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="144"/>
        <source>Break down by</source>
        <translation>细分依据</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="145"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="146"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="147"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="148"/>
        <source>Read the request log again</source>
        <translation>重新读取请求日志</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="149"/>
        <source>Requests and errors</source>
        <translation>请求和错误</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="150"/>
        <source>requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="151"/>
        <source>errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="152"/>
        <source>Latency p95 (ms)</source>
        <translation>延迟 p95（毫秒）</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="153"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="154"/>
        <source>Spend (USD)</source>
        <translation>支出（美元）</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="155"/>
        <source>spend</source>
        <translation>支出</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="156"/>
        <source>Breakdown</source>
        <translation>细分</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="157"/>
        <source>Totals</source>
        <translation>总计</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="208"/>
        <source>The range ends before it starts: choose a “To” after the “From”.</source>
        <translation>范围的结束早于开始：请选择晚于“从”的“到”。</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="214"/>
        <source>Reading the request log…</source>
        <translation>正在读取请求日志…</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="229"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="229"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="234"/>
        <source>No requests between %1 and %2. Start the proxy on Live Traffic and send requests (or switch on Demo traffic there); they are kept in the workspace&apos;s request log.</source>
        <translation>%1 至 %2 之间没有请求。请在“实时流量”页启动代理并发送请求（或在那里打开演示流量）；请求会保存在工作区的请求日志中。</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="237"/>
        <source>Open a workspace to see its request history.</source>
        <translation>打开一个工作区以查看其请求历史。</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="240"/>
        <source>%1 to %2 · read in %3 ms</source>
        <translation>%1 至 %2 · 读取用时 %3 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="240"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="241"/>
        <source>&lt;b&gt;%1&lt;/b&gt; requests · &lt;b&gt;%2&lt;/b&gt; errors (%3%) · &lt;b&gt;%4&lt;/b&gt; tokens in, &lt;b&gt;%5&lt;/b&gt; out · &lt;b&gt;$%6&lt;/b&gt; spent&lt;br&gt;Latency p50 &lt;b&gt;%7&lt;/b&gt;, p95 &lt;b&gt;%8&lt;/b&gt; · time to first token p50 &lt;b&gt;%9&lt;/b&gt;, p95 &lt;b&gt;%10&lt;/b&gt; (%11 streamed)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 个请求 · &lt;b&gt;%2&lt;/b&gt; 个错误（%3%）· 输入 &lt;b&gt;%4&lt;/b&gt; token，输出 &lt;b&gt;%5&lt;/b&gt; · 花费 &lt;b&gt;$%6&lt;/b&gt;&lt;br&gt;延迟 p50 &lt;b&gt;%7&lt;/b&gt;，p95 &lt;b&gt;%8&lt;/b&gt; · 首 token 时间 p50 &lt;b&gt;%9&lt;/b&gt;，p95 &lt;b&gt;%10&lt;/b&gt;（%11 个流式）</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="253"/>
        <source>No requests in this range</source>
        <translation>此范围内没有请求</translation>
    </message>
</context>
<context>
    <name>sy::ImportPromptSetDialog</name>
    <message>
        <location filename="../ui/dialogs/ImportPromptSetDialog.cpp" line="24"/>
        <source>Import prompt set</source>
        <translation>导入提示集</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportPromptSetDialog.cpp" line="26"/>
        <source>Name of the prompt set</source>
        <translation>提示集名称</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportPromptSetDialog.cpp" line="29"/>
        <source>Prompt text:</source>
        <translation>提示文本：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportPromptSetDialog.cpp" line="30"/>
        <source>Or chat messages:</source>
        <translation>或聊天消息：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportPromptSetDialog.cpp" line="31"/>
        <source>System prompt:</source>
        <translation>系统提示：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportPromptSetDialog.cpp" line="32"/>
        <source>Reference answer:</source>
        <translation>参考答案：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportPromptSetDialog.cpp" line="33"/>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportPromptSetDialog.cpp" line="34"/>
        <source>ID:</source>
        <translation>ID：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportPromptSetDialog.cpp" line="36"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportPromptSetDialog.cpp" line="41"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportPromptSetDialog.cpp" line="51"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportPromptSetDialog.cpp" line="51"/>
        <source>Prompt</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportPromptSetDialog.cpp" line="51"/>
        <source>Reference</source>
        <translation>参考</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportPromptSetDialog.cpp" line="51"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportPromptSetDialog.cpp" line="60"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ImportPromptSetDialog.cpp" line="62"/>
        <source>%1: %n row(s), columns: %2</source>
        <translation>
            <numerusform>%1：%n 行，列：%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ImportPromptSetDialog.cpp" line="115"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… 还有 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ImportPromptSetDialog.cpp" line="117"/>
        <source>%n prompt(s) will be imported.</source>
        <translation>
            <numerusform>将导入 %n 个提示。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ImportPromptSetDialog.cpp" line="119"/>
        <source>%n line(s) do not fit and are left out:</source>
        <translation>
            <numerusform>%n 行不符合，已略过：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportPromptSetDialog.cpp" line="121"/>
        <source>Give the set a name.</source>
        <translation>请为提示集命名。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportPromptSetDialog.cpp" line="123"/>
        <source>A set called &quot;%1&quot; exists: importing replaces it.</source>
        <translation>名为“%1”的提示集已存在：导入将替换它。</translation>
    </message>
</context>
<context>
    <name>sy::JsonEditDialog</name>
    <message>
        <location filename="../ui/dialogs/JsonEditDialog.cpp" line="27"/>
        <location filename="../ui/dialogs/JsonEditDialog.cpp" line="83"/>
        <source>Edit policy as JSON</source>
        <translation>以 JSON 编辑策略</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/JsonEditDialog.cpp" line="27"/>
        <source>Edit %1 as JSON</source>
        <translation>以 JSON 编辑 %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/JsonEditDialog.cpp" line="30"/>
        <source>JSON text</source>
        <translation>JSON 文本</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/JsonEditDialog.cpp" line="45"/>
        <source>Changes are checked when applied and can be undone like any other edit.</source>
        <translation>更改在应用时检查，并可像其他编辑一样撤销。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/JsonEditDialog.cpp" line="74"/>
        <source>%1 is no longer in the policy.</source>
        <translation>%1 已不在策略中。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/JsonEditDialog.cpp" line="83"/>
        <source>Edit as JSON</source>
        <translation>以 JSON 编辑</translation>
    </message>
</context>
<context>
    <name>sy::KeyDialog</name>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="35"/>
        <source>Expires on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="41"/>
        <source>New key</source>
        <translation>新密钥</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="41"/>
        <source>Edit key &apos;%1&apos;</source>
        <translation>编辑密钥“%1”</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="43"/>
        <source>for example: support-bot</source>
        <translation>例如：support-bot</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="44"/>
        <source>a person or team</source>
        <translation>个人或团队</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="45"/>
        <source>comma-separated</source>
        <translation>以逗号分隔</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="58"/>
        <source>no budget</source>
        <translation>无预算</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="62"/>
        <source>Refuse requests (HTTP 402)</source>
        <translation>拒绝请求（HTTP 402）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="63"/>
        <source>Only report it</source>
        <translation>仅报告</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="66"/>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="70"/>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="72"/>
        <source>all routes</source>
        <translation>所有路由</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="73"/>
        <source>any model, e.g. openai/gpt-4o-mini</source>
        <translation>任意模型，例如 openai/gpt-4o-mini</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="80"/>
        <source>Where requests go that name a model this proxy does not serve.</source>
        <translation>请求所指定的模型不由此代理提供时，请求将转到此处。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="85"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="86"/>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="87"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="90"/>
        <source>Budget per day</source>
        <translation>每日预算</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="91"/>
        <source>Budget per month</source>
        <translation>每月预算</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="92"/>
        <source>Over budget</source>
        <translation>超出预算时</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="93"/>
        <source>Requests per minute</source>
        <translation>每分钟请求数</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="94"/>
        <source>Tokens per minute</source>
        <translation>每分钟令牌数</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="95"/>
        <source>Routes</source>
        <translation>路由</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="96"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="97"/>
        <source>Default route</source>
        <translation>默认路由</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="99"/>
        <source>Create key</source>
        <translation>创建密钥</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="99"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="134"/>
        <source>Give the key a name: the request log shows it for every request made with the key.</source>
        <translation>请为密钥命名：请求日志会在使用该密钥的每个请求中显示此名称。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="136"/>
        <source>A key named &apos;%1&apos; exists already.</source>
        <translation>名为“%1”的密钥已存在。</translation>
    </message>
</context>
<context>
    <name>sy::KeySecretDialog</name>
    <message>
        <location filename="../ui/dialogs/KeySecretDialog.cpp" line="16"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeySecretDialog.cpp" line="18"/>
        <source>Key &apos;%1&apos; rotated</source>
        <translation>密钥“%1”已轮换</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeySecretDialog.cpp" line="18"/>
        <source>Key &apos;%1&apos; created</source>
        <translation>密钥“%1”已创建</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeySecretDialog.cpp" line="19"/>
        <source>The new secret of &apos;%1&apos;. The old one stopped working just now.</source>
        <translation>“%1”的新密钥。旧密钥已立即失效。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeySecretDialog.cpp" line="20"/>
        <source>The secret of &apos;%1&apos;. Clients send it as &quot;Authorization: Bearer …&quot; or &quot;x-api-key: …&quot;.</source>
        <translation>“%1”的密钥。客户端以 “Authorization: Bearer …” 或 “x-api-key: …” 发送。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeySecretDialog.cpp" line="23"/>
        <source>This is the only time it is shown: copy it now. The workspace keeps only its hash.</source>
        <translation>密钥仅显示这一次：请立即复制。工作区只保存其哈希值。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeySecretDialog.cpp" line="33"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>sy::KeyService</name>
    <message>
        <location filename="../ui/session/KeyService.cpp" line="53"/>
        <location filename="../ui/session/KeyService.cpp" line="70"/>
        <location filename="../ui/session/KeyService.cpp" line="87"/>
        <location filename="../ui/session/KeyService.cpp" line="99"/>
        <source>no workspace is open</source>
        <translation>没有打开的工作区</translation>
    </message>
</context>
<context>
    <name>sy::KeysModel</name>
    <message>
        <location filename="../ui/models/KeysModel.cpp" line="17"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/models/KeysModel.cpp" line="31"/>
        <source>revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <location filename="../ui/models/KeysModel.cpp" line="33"/>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../ui/models/KeysModel.cpp" line="34"/>
        <source>active</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../ui/models/KeysModel.cpp" line="41"/>
        <source>%1 requests/min</source>
        <translation>%1 次请求/分钟</translation>
    </message>
    <message>
        <location filename="../ui/models/KeysModel.cpp" line="43"/>
        <source>%1 tokens/min</source>
        <translation>%1 个令牌/分钟</translation>
    </message>
    <message>
        <location filename="../ui/models/KeysModel.cpp" line="45"/>
        <source>budget alert only</source>
        <translation>预算仅提醒</translation>
    </message>
    <message>
        <location filename="../ui/models/KeysModel.cpp" line="47"/>
        <source>default %1</source>
        <translation>默认 %1</translation>
    </message>
    <message>
        <location filename="../ui/models/KeysModel.cpp" line="48"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/models/KeysModel.cpp" line="78"/>
        <source>The first characters of the key. The key itself was shown once, when it was made; the workspace keeps only its hash.</source>
        <translation>密钥的前几个字符。密钥本身只在创建时显示过一次；工作区只保存其哈希值。</translation>
    </message>
    <message>
        <location filename="../ui/models/KeysModel.cpp" line="80"/>
        <source>Models: %1</source>
        <translation>模型：%1</translation>
    </message>
    <message>
        <location filename="../ui/models/KeysModel.cpp" line="80"/>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <location filename="../ui/models/KeysModel.cpp" line="94"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../ui/models/KeysModel.cpp" line="104"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/models/KeysModel.cpp" line="105"/>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location filename="../ui/models/KeysModel.cpp" line="106"/>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <location filename="../ui/models/KeysModel.cpp" line="107"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../ui/models/KeysModel.cpp" line="108"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/models/KeysModel.cpp" line="109"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../ui/models/KeysModel.cpp" line="110"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../ui/models/KeysModel.cpp" line="111"/>
        <source>Limits</source>
        <translation>限制</translation>
    </message>
    <message>
        <location filename="../ui/models/KeysModel.cpp" line="112"/>
        <source>Routes</source>
        <translation>路由</translation>
    </message>
</context>
<context>
    <name>sy::KeysPage</name>
    <message>
        <location filename="../ui/pages/KeysPage.cpp" line="81"/>
        <location filename="../ui/pages/KeysPage.cpp" line="112"/>
        <source>Virtual keys</source>
        <translation>虚拟密钥</translation>
    </message>
    <message>
        <location filename="../ui/pages/KeysPage.cpp" line="102"/>
        <source>Keys for the apps and people that call the proxy, each with its own budgets and limits. Once the workspace has a key, every request to the proxy needs one. Changes reach a running proxy within a second, here or from &apos;switchyard-cli keys&apos;.</source>
        <translation>供调用代理的应用和人员使用的密钥，每个密钥都有自己的预算和限制。一旦工作区有了密钥，发往代理的每个请求都需要密钥。无论在此处还是通过 “switchyard-cli keys” 所做的更改，都会在一秒内生效于运行中的代理。</translation>
    </message>
    <message>
        <location filename="../ui/pages/KeysPage.cpp" line="105"/>
        <source>New key…</source>
        <translation>新建密钥…</translation>
    </message>
    <message>
        <location filename="../ui/pages/KeysPage.cpp" line="106"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../ui/pages/KeysPage.cpp" line="107"/>
        <source>Rotate…</source>
        <translation>轮换…</translation>
    </message>
    <message>
        <location filename="../ui/pages/KeysPage.cpp" line="108"/>
        <source>Revoke…</source>
        <translation>吊销…</translation>
    </message>
    <message>
        <location filename="../ui/pages/KeysPage.cpp" line="109"/>
        <source>Spend per key and day</source>
        <translation>每个密钥每日支出</translation>
    </message>
    <message>
        <location filename="../ui/pages/KeysPage.cpp" line="110"/>
        <source>USD</source>
        <translation>美元</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/KeysPage.cpp" line="111"/>
        <source>No spend by any key in the last %n day(s).</source>
        <translation>
            <numerusform>最近 %n 天内没有任何密钥产生支出。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/KeysPage.cpp" line="170"/>
        <source>No keys yet: the proxy takes requests without one (on this computer only).</source>
        <translation>尚无密钥：代理接受不带密钥的请求（仅限本机）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/KeysPage.cpp" line="171"/>
        <source>%n key(s) active; spent today $%1, this month $%2.</source>
        <translation>
            <numerusform>%n 个密钥有效；今日支出 $%1，本月 $%2。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/KeysPage.cpp" line="223"/>
        <source>The key could not be made: %1</source>
        <translation>无法创建密钥：%1</translation>
    </message>
    <message>
        <location filename="../ui/pages/KeysPage.cpp" line="242"/>
        <source>The key could not be saved: %1</source>
        <translation>无法保存密钥：%1</translation>
    </message>
    <message>
        <location filename="../ui/pages/KeysPage.cpp" line="250"/>
        <source>Give &apos;%1&apos; a new secret? The current one stops working at once.</source>
        <translation>为“%1”生成新密钥？当前密钥将立即失效。</translation>
    </message>
    <message>
        <location filename="../ui/pages/KeysPage.cpp" line="257"/>
        <source>The key could not be rotated: %1</source>
        <translation>无法轮换密钥：%1</translation>
    </message>
    <message>
        <location filename="../ui/pages/KeysPage.cpp" line="266"/>
        <source>Revoke &apos;%1&apos;? Requests with it are refused from now on; this cannot be undone.</source>
        <translation>吊销“%1”？此后使用它的请求将被拒绝；此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../ui/pages/KeysPage.cpp" line="273"/>
        <source>The key could not be revoked: %1</source>
        <translation>无法吊销密钥：%1</translation>
    </message>
</context>
<context>
    <name>sy::LiveTrafficModel</name>
    <message>
        <location filename="../ui/models/LiveTrafficModel.cpp" line="21"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/models/LiveTrafficModel.cpp" line="22"/>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <location filename="../ui/models/LiveTrafficModel.cpp" line="22"/>
        <source>The client, from the x-switchyard-client header</source>
        <translation>客户端，来自 x-switchyard-client 请求头</translation>
    </message>
    <message>
        <location filename="../ui/models/LiveTrafficModel.cpp" line="23"/>
        <source>Route</source>
        <translation>路由</translation>
    </message>
    <message>
        <location filename="../ui/models/LiveTrafficModel.cpp" line="23"/>
        <source>The route (model name) the client asked for</source>
        <translation>客户端请求的路由（模型名）</translation>
    </message>
    <message>
        <location filename="../ui/models/LiveTrafficModel.cpp" line="24"/>
        <source>Arm</source>
        <translation>分支</translation>
    </message>
    <message>
        <location filename="../ui/models/LiveTrafficModel.cpp" line="24"/>
        <source>The A/B arm the request went to</source>
        <translation>请求进入的 A/B 分支</translation>
    </message>
    <message>
        <location filename="../ui/models/LiveTrafficModel.cpp" line="25"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/models/LiveTrafficModel.cpp" line="25"/>
        <source>The provider and model that answered</source>
        <translation>作答的提供方与模型</translation>
    </message>
    <message>
        <location filename="../ui/models/LiveTrafficModel.cpp" line="26"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/models/LiveTrafficModel.cpp" line="26"/>
        <source>The HTTP status the client got</source>
        <translation>客户端收到的 HTTP 状态</translation>
    </message>
    <message>
        <location filename="../ui/models/LiveTrafficModel.cpp" line="27"/>
        <source>Latency in milliseconds</source>
        <translation>延迟（毫秒）</translation>
    </message>
    <message>
        <location filename="../ui/models/LiveTrafficModel.cpp" line="27"/>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <location filename="../ui/models/LiveTrafficModel.cpp" line="28"/>
        <source>Time to first token in milliseconds (streamed requests)</source>
        <translation>首个 token 时间（毫秒，流式请求）</translation>
    </message>
    <message>
        <location filename="../ui/models/LiveTrafficModel.cpp" line="28"/>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <location filename="../ui/models/LiveTrafficModel.cpp" line="29"/>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../ui/models/LiveTrafficModel.cpp" line="30"/>
        <source>Cost in US dollars</source>
        <translation>成本（美元）</translation>
    </message>
    <message>
        <location filename="../ui/models/LiveTrafficModel.cpp" line="30"/>
        <source>USD</source>
        <translation>美元</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation type="vanished">延迟 (ms)</translation>
    </message>
    <message>
        <source>TTFT (ms)</source>
        <translation type="vanished">首字延迟 (ms)</translation>
    </message>
    <message>
        <location filename="../ui/models/LiveTrafficModel.cpp" line="29"/>
        <source>Tokens in / out</source>
        <translation>输入 / 输出 token</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation type="vanished">费用 (USD)</translation>
    </message>
</context>
<context>
    <name>sy::LiveTrafficPage</name>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="39"/>
        <source>Demo traffic</source>
        <translation>演示流量</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="47"/>
        <source>Policy to serve</source>
        <translation>要提供的策略</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="48"/>
        <source>Listen address</source>
        <translation>监听地址</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="49"/>
        <source>Address and port, such as 127.0.0.1:4000; port 0 picks a free one</source>
        <translation>地址和端口，例如 127.0.0.1:4000；端口 0 表示自动选择空闲端口</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="56"/>
        <source>Policy:</source>
        <translation>策略：</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="58"/>
        <source>Listen on:</source>
        <translation>监听：</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="62"/>
        <source>Send a few sample requests a second through the running proxy, to see it work without a client</source>
        <translation>每秒通过运行中的代理发送几个示例请求，无需客户端即可看到它的工作</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="67"/>
        <source>Search client, route, model, error…</source>
        <translation>搜索客户端、路由、模型、错误…</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="68"/>
        <source>Search requests</source>
        <translation>搜索请求</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="70"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="70"/>
        <source>Successes</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="70"/>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="71"/>
        <source>Status filter</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="72"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="75"/>
        <source>Hold the table still to read it; requests that arrive meanwhile are added on resume</source>
        <translation>暂停表格以便阅读；期间到达的请求会在继续时加入</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="94"/>
        <source>Recent requests</source>
        <translation>最近的请求</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="123"/>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="147"/>
        <source>Request details</source>
        <translation>请求详情</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="124"/>
        <source>Select a request to see its decision trace, attempts and bodies.</source>
        <translation>选择一个请求以查看其决策轨迹、尝试和正文。</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="131"/>
        <source>Requests per second</source>
        <translation>每秒请求数</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="132"/>
        <source>requests/s</source>
        <translation>请求/秒</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="133"/>
        <source>Latency (ms)</source>
        <translation>延迟 (ms)</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="134"/>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="135"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="136"/>
        <source>Spend (USD, cumulative)</source>
        <translation>花费（美元，累计）</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="146"/>
        <source>Request details and charts</source>
        <translation>请求详情与图表</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="148"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="158"/>
        <source>No requests yet. Press &lt;b&gt;Start proxy&lt;/b&gt;, then &lt;b&gt;Demo traffic&lt;/b&gt; to send sample requests through the simulated providers, or point any OpenAI or Anthropic client at the address shown.</source>
        <translation>还没有请求。按&lt;b&gt;启动代理&lt;/b&gt;，再按&lt;b&gt;演示流量&lt;/b&gt;，即可通过模拟提供方发送示例请求；也可以让任何 OpenAI 或 Anthropic 客户端指向所示地址。</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="189"/>
        <source>Switch the served policy</source>
        <translation>切换提供的策略</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="190"/>
        <source>The proxy at %1 serves &quot;%2&quot;. Serve &quot;%3&quot; instead? Requests in flight finish on the old one.</source>
        <translation>%1 上的代理正在提供“%2”。改为提供“%3”吗？进行中的请求将在旧策略上完成。</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="194"/>
        <source>Switch</source>
        <translation>切换</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="234"/>
        <source>The listen address must look like 127.0.0.1:4000, not &quot;%1&quot;.</source>
        <translation>监听地址应形如 127.0.0.1:4000，而不是“%1”。</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="239"/>
        <source>There is no policy to serve yet: create one on the Policies page.</source>
        <translation>还没有可提供的策略：请在“策略”页面创建一个。</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="250"/>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="329"/>
        <source>Policy &quot;%1&quot; cannot be served:
%2</source>
        <translation>策略“%1”无法提供：
%2</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="260"/>
        <source>The environment variable %1 (Settings) holds no client keys.</source>
        <translation>环境变量 %1（设置）中没有客户端密钥。</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="343"/>
        <source>Stop proxy</source>
        <translation>停止代理</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="343"/>
        <source>Start proxy</source>
        <translation>启动代理</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="347"/>
        <source>Serving %1 at %2</source>
        <translation>正在 %2 提供 %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="348"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="348"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="353"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="354"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="355"/>
        <source>Resume (%n new)</source>
        <translation>
            <numerusform>继续（%n 条新）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="396"/>
        <source>Response cache: %1 of %2 requests answered from it (%3%, %4 similar), saved $%5, %6 served.</source>
        <translation>响应缓存：%2 个请求中有 %1 个由缓存应答（%3%，其中相似匹配 %4 个），节省 $%5，已提供 %6。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="403"/>
        <source>It holds %n answer(s) in %1.</source>
        <translation>
            <numerusform>缓存保存 %n 条应答，共 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="528"/>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="531"/>
        <source>%1: %2%3%4 (%5)</source>
        <translation>%1：%2%3%4（%5）</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="533"/>
        <source>score %1</source>
        <translation>评分 %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="533"/>
        <source>no score</source>
        <translation>无评分</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="536"/>
        <source>by header</source>
        <translation>通过请求头</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="536"/>
        <source>by the feedback endpoint</source>
        <translation>通过反馈端点</translation>
    </message>
    <message>
        <source>Response cache: %1 of %2 requests answered from it (%3%, %4 similar), saved $%5, %6 served; it holds %7 answers in %8.</source>
        <translation type="vanished">响应缓存：%2 个请求中有 %1 个由缓存应答（%3%，其中相似匹配 %4 个），节省 $%5，已提供 %6；缓存保存 %7 条应答，共 %8。</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="444"/>
        <source>Show the path in the policy editor</source>
        <translation>在策略编辑器中显示路径</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="445"/>
        <source>&lt;p&gt;Status %1, %2 attempt(s), %3 ms, first token %4, %5 in / %6 out tokens, $%7&lt;/p&gt;</source>
        <translation>&lt;p&gt;状态 %1，%2 次尝试，%3 毫秒，首个 token %4，输入 %5 / 输出 %6 token，$%7&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="449"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="449"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="454"/>
        <source>Request id:</source>
        <translation>请求 ID：</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="457"/>
        <source>A shadow test&apos;s mirror of request %1: its answer was logged, never served.</source>
        <translation>影子测试对请求 %1 的镜像：其回答只被记录，从未送达。</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="459"/>
        <source>Error:</source>
        <translation>错误：</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="460"/>
        <source>Attempts</source>
        <translation>尝试</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="478"/>
        <source>Selector (%1) at %2</source>
        <translation>选择器（%1）位于 %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="479"/>
        <source>Candidate</source>
        <translation>候选</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="479"/>
        <source>Similarity</source>
        <translation>相似度</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="479"/>
        <source>Probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="483"/>
        <source> (chosen)</source>
        <translation>（已选）</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="486"/>
        <source>No candidate reached its threshold: the default was taken.</source>
        <translation>没有候选达到其阈值：采用了默认。</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="487"/>
        <source>Threshold %1.</source>
        <translation>阈值 %1。</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="492"/>
        <source>Prompt: %1 tokens, depth %2, language %3, question %4, complexity %5%6%7%8</source>
        <translation>提示：%1 个词元，深度 %2，语言 %3，问题 %4，复杂度 %5%6%7%8</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="497"/>
        <source>, code</source>
        <translation>，代码</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="498"/>
        <source>, math</source>
        <translation>，数学</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="499"/>
        <source>, structured data</source>
        <translation>，结构化数据</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="506"/>
        <source>&lt;p&gt;&lt;b&gt;Targets:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;目标：&lt;/b&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="509"/>
        <source>How it was decided</source>
        <translation>决策过程</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="514"/>
        <source>Decision trace (JSON)</source>
        <translation>决策跟踪（JSON）</translation>
    </message>
    <message>
        <source>Decision trace</source>
        <translation type="vanished">决策轨迹</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="517"/>
        <source>Request body</source>
        <translation>请求正文</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="519"/>
        <source>Response body</source>
        <translation>响应正文</translation>
    </message>
</context>
<context>
    <name>sy::MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="96"/>
        <location filename="../ui/shell/MainWindow.cpp" line="398"/>
        <location filename="../ui/shell/MainWindow.cpp" line="478"/>
        <location filename="../ui/shell/MainWindow.cpp" line="545"/>
        <source>Switchyard</source>
        <translation>Switchyard</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="99"/>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="101"/>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="102"/>
        <source>Providers &amp; Models</source>
        <translation>提供方与模型</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="103"/>
        <source>Policies</source>
        <translation>策略</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="104"/>
        <source>Side by Side</source>
        <translation>并排对比</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="105"/>
        <source>Prompt Sets &amp; Replays</source>
        <translation>提示集与回放</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="106"/>
        <source>Live Traffic</source>
        <translation>实时流量</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="107"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="108"/>
        <source>Experiments</source>
        <translation>实验</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="109"/>
        <source>Keys</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="110"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/MainWindow.cpp" line="142"/>
        <source>Added %1 with %n model(s); see Providers &amp; Models.</source>
        <translation>
            <numerusform>已添加 %1（%n 个模型）；见“提供方与模型”。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="154"/>
        <source>Opening workspace…</source>
        <translation>正在打开工作区…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="156"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="vanished">重新加载(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="82"/>
        <source>The rollout step could not be saved: %1</source>
        <translation>无法保存此发布步骤：%1</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="157"/>
        <source>&amp;New workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="159"/>
        <source>&amp;Open workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="162"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="166"/>
        <source>Open the &amp;demo workspace</source>
        <translation>打开演示工作区(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="167"/>
        <source>Re&amp;load</source>
        <translation>重新加载(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="170"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="173"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="174"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="180"/>
        <source>Theme: %1</source>
        <translation>主题：%1</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="188"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="197"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="198"/>
        <source>Find an action…</source>
        <translation>查找操作…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="200"/>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="203"/>
        <source>&amp;About Switchyard</source>
        <translation>关于 Switchyard(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="224"/>
        <source>Saved the candidate as policy &quot;%1&quot;; the proxy at %2 now serves it.</source>
        <translation>已将候选保存为策略“%1”；%2 上的代理现在提供它。</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="225"/>
        <source>Saved the candidate as policy &quot;%1&quot; and started the proxy at %2 to serve it.</source>
        <translation>已将候选保存为策略“%1”，并在 %2 启动代理来提供它。</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="273"/>
        <source>Workspace %1 — simulated providers at %2</source>
        <translation>工作区 %1 — 模拟提供方位于 %2</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="275"/>
        <source>%1 — Switchyard</source>
        <translation>%1 — Switchyard</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="278"/>
        <source>Could not open the workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="318"/>
        <source>Policy editor</source>
        <translation>策略编辑器</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="325"/>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="399"/>
        <source>The proxy is serving at %1. Quitting stops it, and clients using it get errors.</source>
        <translation>代理正在 %1 提供服务。退出会停止它，使用它的客户端将收到错误。</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="402"/>
        <source>Stop proxy and quit</source>
        <translation>停止代理并退出</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="427"/>
        <source>New workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="427"/>
        <source>Switchyard workspaces (*.switchyard)</source>
        <translation>Switchyard 工作区 (*.switchyard)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="432"/>
        <source>%1 exists already: open it with File ▸ Open workspace.</source>
        <translation>%1 已存在：请用 文件 ▸ 打开工作区 打开它。</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="442"/>
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="443"/>
        <source>Switchyard workspaces (*.switchyard);;All files (*)</source>
        <translation>Switchyard 工作区 (*.switchyard);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="457"/>
        <source>Open recent: %1</source>
        <translation>最近打开：%1</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="460"/>
        <source>No recent workspaces</source>
        <translation>没有最近的工作区</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="462"/>
        <source>Clear the list</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="463"/>
        <source>Clear recent workspaces</source>
        <translation>清空最近的工作区</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="546"/>
        <source>The proxy is serving at %1. Closing the window stops it.</source>
        <translation>代理正在 %1 提供服务。关闭窗口将停止它。</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="548"/>
        <source>Stop proxy and close</source>
        <translation>停止代理并关闭</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="549"/>
        <source>Keep running</source>
        <translation>保持运行</translation>
    </message>
</context>
<context>
    <name>sy::NewReplayDialog</name>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="32"/>
        <source>Ask the providers even for answers in the cache</source>
        <translation>即使缓存中有答案也询问提供商</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="33"/>
        <source>Stream the answers (measures the time to the first token)</source>
        <translation>流式获取答案（测量首个 token 的时间）</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="37"/>
        <source>New replay</source>
        <translation>新建回放</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="39"/>
        <source>Prompt set</source>
        <translation>提示集</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="48"/>
        <source>Candidates</source>
        <translation>候选</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="49"/>
        <source>One per line, KIND[:ARG][@WEIGHT]: numeric, contains-any:yes|no, regex:^A, json, rouge-l, judge:PROVIDER/MODEL, pairwise:PROVIDER/MODEL, latency:2000 …</source>
        <translation>每行一个，KIND[:ARG][@WEIGHT]：numeric、contains-any:yes|no、regex:^A、json、rouge-l、judge:提供商/模型、pairwise:提供商/模型、latency:2000 …</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="51"/>
        <source>Scorers</source>
        <translation>评分器</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="54"/>
        <source>Judge rubric</source>
        <translation>评审标准</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="61"/>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="63"/>
        <source>no limit</source>
        <translation>无限制</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="64"/>
        <source> req/s</source>
        <translation> 次/秒</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="68"/>
        <source>no cap</source>
        <translation>无上限</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="70"/>
        <source>provider default</source>
        <translation>提供商默认值</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="81"/>
        <source>Prompt set:</source>
        <translation>提示集：</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="82"/>
        <source>Candidates:</source>
        <translation>候选：</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="83"/>
        <source>Scorers:</source>
        <translation>评分器：</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="84"/>
        <source>Judge rubric:</source>
        <translation>评审标准：</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="85"/>
        <source>Repeats per prompt:</source>
        <translation>每个提示重复次数：</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="86"/>
        <source>In flight per candidate:</source>
        <translation>每个候选并发数：</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="87"/>
        <source>In flight per provider:</source>
        <translation>每个提供商并发数：</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="88"/>
        <source>Rate limit:</source>
        <translation>速率限制：</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="89"/>
        <source>Spend cap:</source>
        <translation>花费上限：</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="90"/>
        <source>Output tokens per request:</source>
        <translation>每次请求输出 token：</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="91"/>
        <source>Pass at quality:</source>
        <translation>通过的质量阈值：</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="96"/>
        <source>Start replay</source>
        <translation>开始回放</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="131"/>
        <source>Tick at least one candidate.</source>
        <translation>请至少勾选一个候选。</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="158"/>
        <source>The workspace has no prompt set: import one on the Prompt sets tab.</source>
        <translation>工作区没有提示集：请在“提示集”选项卡中导入。</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="187"/>
        <source>Nothing scores the answers: this set has no reference answers, so add a judge, such as judge:%1.</source>
        <translation>没有任何评分项：此集合没有参考答案，请添加评审，例如 judge:%1。</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="194"/>
        <source>%1 requests (%2 prompts × %3 candidates × %4 repeats); at most $%5 before the cache%6</source>
        <translation>%1 次请求（%2 个提示 × %3 个候选 × %4 次重复）；缓存前最多 $%5%6</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="200"/>
        <source> — the cap stops it earlier</source>
        <translation> — 上限会提前停止</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="202"/>
        <source>Reading the prompt set…</source>
        <translation>正在读取提示集…</translation>
    </message>
</context>
<context>
    <name>sy::NodeForm</name>
    <message>
        <source>Target: one model</source>
        <translation type="vanished">目标：一个模型</translation>
    </message>
    <message>
        <source>Fallback chain: tries each step in order until one succeeds</source>
        <translation type="vanished">回退链：依次尝试每一步，直到成功</translation>
    </message>
    <message>
        <source>Weighted split: sends each request to one arm by weight</source>
        <translation type="vanished">加权分流：按权重将每个请求发送到一个分支</translation>
    </message>
    <message>
        <source>Conditional: the first rule that matches decides</source>
        <translation type="vanished">条件：第一个匹配的规则决定</translation>
    </message>
    <message>
        <source>Route reference: continues in another route</source>
        <translation type="vanished">路由引用：转到另一条路由继续</translation>
    </message>
    <message>
        <source>Selector: a method picks one candidate</source>
        <translation type="vanished">选择器：由一种方法挑选一个候选</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="58"/>
        <source>connection failed</source>
        <translation>连接失败</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="59"/>
        <source>timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="60"/>
        <source>rate limited (429)</source>
        <translation>限流 (429)</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="61"/>
        <source>server error (5xx)</source>
        <translation>服务器错误 (5xx)</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="62"/>
        <source>client error (4xx)</source>
        <translation>客户端错误 (4xx)</translation>
    </message>
    <message>
        <source>stream failed before its first token</source>
        <translation type="vanished">流在首个 token 之前失败</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="31"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="32"/>
        <source>Fallback chain</source>
        <translation>回退链</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="33"/>
        <source>Weighted split</source>
        <translation>加权分流</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="34"/>
        <source>Conditional</source>
        <translation>条件</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="35"/>
        <source>Route reference</source>
        <translation>路由引用</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="36"/>
        <source>Selector</source>
        <translation>选择器</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="45"/>
        <source>Sends the request to one model.</source>
        <translation>将请求发送到一个模型。</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="46"/>
        <source>Tries each step in order until one succeeds.</source>
        <translation>依次尝试每一步，直到成功。</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="47"/>
        <source>Sends each request to one arm by weight.</source>
        <translation>按权重将每个请求发送到一个分支。</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="48"/>
        <source>The first rule that matches decides.</source>
        <translation>第一个匹配的规则决定。</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="49"/>
        <source>Continues in another route.</source>
        <translation>转到另一条路由继续。</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="50"/>
        <source>A method picks one candidate.</source>
        <translation>由一种方法挑选一个候选。</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="63"/>
        <source>broken stream</source>
        <translation>流中断</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="76"/>
        <source>Node properties</source>
        <translation>节点属性</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="142"/>
        <source>Start the proxy with this policy to see each target&apos;s latency, p95 and load here.</source>
        <translation>使用此策略启动代理，即可在此查看每个目标的延迟、p95 和负载。</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="149"/>
        <source>%1: not in the policy the proxy serves</source>
        <translation>%1：不在代理当前提供的策略中</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="153"/>
        <source>%1: no answers yet</source>
        <translation>%1：尚无应答</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/NodeForm.cpp" line="154"/>
        <source>%1: %2 ms on average, p95 %3, first token %4, %n recent answer(s)</source>
        <translation>
            <numerusform>%1：平均 %2 毫秒，p95 %3，首个令牌 %4，最近 %n 条应答</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="157"/>
        <location filename="../ui/editor/NodeForm.cpp" line="158"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/NodeForm.cpp" line="159"/>
        <source>, %n in flight</source>
        <translation>
            <numerusform>，%n 个进行中</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="161"/>
        <source>, breaker open</source>
        <translation>，熔断器已打开</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="184"/>
        <source>Select a node in the tree or the diagram to edit it.</source>
        <translation>在树或图中选择一个节点进行编辑。</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="195"/>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="208"/>
        <source>optional, shown in traces</source>
        <translation>可选，显示在轨迹中</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="210"/>
        <source>Rename node</source>
        <translation>重命名节点</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="212"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="227"/>
        <source>Edit node as JSON…</source>
        <translation>以 JSON 编辑节点…</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="286"/>
        <location filename="../ui/editor/NodeForm.cpp" line="439"/>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="297"/>
        <source>Step %1 of %2 in the fallback chain. Drag it in the tree, or use Move up and Move down, to change the order.</source>
        <translation>回退链中的第 %1 步（共 %2 步）。在树中拖动，或使用“上移”和“下移”来更改顺序。</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="305"/>
        <source>Used when the selector cannot decide.</source>
        <translation>选择器无法决定时使用。</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="306"/>
        <source>Used when no rule matches.</source>
        <translation>没有规则匹配时使用。</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="318"/>
        <source>Rename rule</source>
        <translation>重命名规则</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="320"/>
        <source>Rule name</source>
        <translation>规则名称</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="324"/>
        <source>Change condition</source>
        <translation>更改条件</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="331"/>
        <source>When</source>
        <translation>当</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="345"/>
        <source>Rename arm</source>
        <translation>重命名分支</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="347"/>
        <source>Arm label</source>
        <translation>分支标签</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="371"/>
        <source>Change model</source>
        <translation>更改模型</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="373"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="375"/>
        <location filename="../ui/editor/NodeForm.cpp" line="388"/>
        <location filename="../ui/editor/NodeForm.cpp" line="393"/>
        <location filename="../ui/editor/NodeForm.cpp" line="406"/>
        <location filename="../ui/editor/NodeForm.cpp" line="450"/>
        <location filename="../ui/editor/NodeForm.cpp" line="541"/>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="378"/>
        <source>Change timeout</source>
        <translation>更改超时</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="380"/>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="385"/>
        <source>Change retries</source>
        <translation>更改重试次数</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="387"/>
        <source>Retries</source>
        <translation>重试次数</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="390"/>
        <location filename="../ui/editor/NodeForm.cpp" line="396"/>
        <source>Change backoff</source>
        <translation>更改退避</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="392"/>
        <source>First backoff</source>
        <translation>首次退避</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="398"/>
        <source>Longest backoff</source>
        <translation>最长退避</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="402"/>
        <source>Change concurrency</source>
        <translation>更改并发</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="404"/>
        <source>Most in flight</source>
        <translation>最大并发</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="405"/>
        <source>Beyond this many requests in flight the target counts as full and a fallback bursts past it.</source>
        <translation>进行中的请求超过此数量时，目标视为已满，回退链会溢出到下一个目标。</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="408"/>
        <source>Change queue wait</source>
        <translation>更改排队等待</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="410"/>
        <source>Wait for a slot</source>
        <translation>等待空位</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="412"/>
        <source>Circuit breaker</source>
        <translation>熔断器</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="419"/>
        <source>Add circuit breaker</source>
        <translation>添加熔断器</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="419"/>
        <source>Remove circuit breaker</source>
        <translation>移除熔断器</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="427"/>
        <location filename="../ui/editor/NodeForm.cpp" line="442"/>
        <source>Change circuit breaker</source>
        <translation>更改熔断器</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="434"/>
        <source>Open after failures in a row</source>
        <translation>连续失败次数后断开</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="447"/>
        <source>Or error rate above</source>
        <translation>或错误率高于</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="448"/>
        <source>Over a window of</source>
        <translation>统计窗口</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="448"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="449"/>
        <source>With at least</source>
        <translation>至少</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="449"/>
        <source> requests</source>
        <translation> 个请求</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="450"/>
        <source>Stay open for</source>
        <translation>保持断开</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="455"/>
        <source>Request parameters</source>
        <translation>请求参数</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="457"/>
        <location filename="../ui/editor/NodeForm.cpp" line="554"/>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="463"/>
        <source>Only after these failures</source>
        <translation>仅在这些失败之后</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="466"/>
        <source>When unchecked: after the usual failures (connection, timeout, 429, 5xx, broken stream).</source>
        <translation>未勾选时：在常见失败之后（连接、超时、429、5xx、流中断）。</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="472"/>
        <source>The stream failed before its first token reached the client.</source>
        <translation>流在首个 token 到达客户端之前失败。</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="475"/>
        <location filename="../ui/editor/NodeForm.cpp" line="484"/>
        <source>Change when to fall back</source>
        <translation>更改回退时机</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="488"/>
        <source>Move on</source>
        <translation>继续</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/NodeForm.cpp" line="489"/>
        <source>%n step(s). Add steps with Add ▸ while this chain is selected.</source>
        <translation>
            <numerusform>%n 步。选中此链时用“添加 ▸”添加步骤。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="503"/>
        <source>by weight</source>
        <translation>按权重</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="504"/>
        <source>least latency (moving average)</source>
        <translation>最低延迟（移动平均）</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="505"/>
        <source>least busy (requests in flight)</source>
        <translation>最空闲（进行中的请求）</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="506"/>
        <source>lowest cost for the request</source>
        <translation>请求成本最低</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="507"/>
        <source>cheapest within a latency objective</source>
        <translation>满足延迟目标中最便宜的</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="515"/>
        <source>Change how an arm is chosen</source>
        <translation>更改分支的选择方式</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="521"/>
        <source>Choose an arm</source>
        <translation>选择分支</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="527"/>
        <source>whole answer</source>
        <translation>完整应答</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="528"/>
        <source>first token</source>
        <translation>首个令牌</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="532"/>
        <source>Change the latency measured</source>
        <translation>更改测量的延迟</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="534"/>
        <source>Latency of</source>
        <translation>延迟测量</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="544"/>
        <source>Change the latency objective</source>
        <translation>更改延迟目标</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="546"/>
        <source>p95 objective</source>
        <translation>p95 目标</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="561"/>
        <source>random per request</source>
        <translation>每个请求随机</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="563"/>
        <source>Change sticky key</source>
        <translation>更改粘性键</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="565"/>
        <source>Keep a client on one arm by</source>
        <translation>按此将客户端固定到一个分支</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="567"/>
        <source>change to reshuffle assignments</source>
        <translation>更改以重新分配</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="569"/>
        <source>Change salt</source>
        <translation>更改盐值</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="571"/>
        <source>Experiment salt</source>
        <translation>实验盐值</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="587"/>
        <source>Weight of arm %1</source>
        <translation>分支 %1 的权重</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="592"/>
        <source>Weight of arm %1 in percent</source>
        <translation>分支 %1 的权重（百分比）</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="598"/>
        <source>Change weights</source>
        <translation>更改权重</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="610"/>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="630"/>
        <source>Total: %1%</source>
        <translation>合计：%1%</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/NodeForm.cpp" line="635"/>
        <source>%n rule(s), checked from the top; %1</source>
        <translation>
            <numerusform>%n 条规则，自上而下检查；%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="636"/>
        <source>a default when none matches.</source>
        <translation>无匹配时使用默认分支。</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="636"/>
        <source>no default: unmatched requests fail.</source>
        <translation>无默认分支：未匹配的请求将失败。</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="650"/>
        <source>Change route reference</source>
        <translation>更改路由引用</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="652"/>
        <source>Route</source>
        <translation>路由</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="662"/>
        <source>Change selector method</source>
        <translation>更改选择器方法</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="664"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="671"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="674"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
</context>
<context>
    <name>sy::PoliciesPage</name>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="38"/>
        <location filename="../ui/pages/PoliciesPage.cpp" line="415"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="40"/>
        <source>&lt;h2&gt;Policies&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;策略&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="42"/>
        <source>No policies yet. New starts one from the workspace&apos;s providers; Import… opens a policy file.</source>
        <translation>尚无策略。“新建”会用工作区的提供方创建一个；“导入…”可打开策略文件。</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="44"/>
        <source>Policies</source>
        <translation>策略</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="45"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="47"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="52"/>
        <source>Saved &amp;policies</source>
        <translation>已保存的策略(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="64"/>
        <source>Policy name</source>
        <translation>策略名称</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="65"/>
        <source>Saving under a new name keeps the old policy and starts a new one.</source>
        <translation>以新名称保存会保留旧策略并创建新策略。</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="67"/>
        <source>Version comment</source>
        <translation>版本备注</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="68"/>
        <source>what changed (optional)</source>
        <translation>改动说明（可选）</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="71"/>
        <source>Save policy</source>
        <translation>保存策略</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="76"/>
        <source>Save as a new version (%1)</source>
        <translation>保存为新版本 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="77"/>
        <source>&amp;History…</source>
        <translation>历史(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="79"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation type="vanished">名称(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="80"/>
        <location filename="../ui/pages/PoliciesPage.cpp" line="401"/>
        <source>Use workspace providers</source>
        <translation>使用工作区的提供方</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="82"/>
        <source>Replace this policy&apos;s providers and models with those of the Providers &amp; Models page</source>
        <translation>用“提供方与模型”页面的提供方和模型替换此策略的提供方和模型</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="88"/>
        <source>Na&amp;me</source>
        <translation>名称(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="341"/>
        <source>Import policy</source>
        <translation>导入策略</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="341"/>
        <source>Policy files (*.json);;All files (*)</source>
        <translation>策略文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="145"/>
        <source>Export policy</source>
        <translation>导出策略</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="146"/>
        <source>Policy files (*.json)</source>
        <translation>策略文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="156"/>
        <source>Rename policy</source>
        <translation>重命名策略</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="190"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has changes that are not saved. Discard them?</source>
        <translation type="vanished">“%1”有未保存的更改。要放弃吗？</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="191"/>
        <source>&quot;%1&quot; has changes that are not saved.</source>
        <translation>“%1”有未保存的更改。</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="193"/>
        <source>Save them as a new version, discard them, or stay here.</source>
        <translation>保存为新版本、放弃更改，或留在此处。</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="224"/>
        <source>workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="234"/>
        <source>&quot;%1&quot; from the %2 cannot be opened: %3</source>
        <translation>无法打开来自%2的“%1”：%3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/PoliciesPage.cpp" line="240"/>
        <source>Opened with %n problem(s); they are listed below the editor.</source>
        <translation>
            <numerusform>已打开，有 %n 个问题；列在编辑器下方。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="272"/>
        <source>New policy</source>
        <translation>新建策略</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="273"/>
        <source>A new policy</source>
        <translation>一个新策略</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="276"/>
        <source>New policy: build its routes, then save.</source>
        <translation>新策略：先构建路由，然后保存。</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="287"/>
        <source>Give the policy a name before saving.</source>
        <translation>保存前请为策略命名。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/PoliciesPage.cpp" line="292"/>
        <source>Not saved: %n problem(s) to fix first (listed below the editor).</source>
        <translation>
            <numerusform>未保存：需先修复 %n 个问题（列在编辑器下方）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="305"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="314"/>
        <source>Saved &quot;%1&quot; as version %2.</source>
        <translation>已将“%1”保存为版本 %2。</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="330"/>
        <source>Version %1 cannot be opened: %2</source>
        <translation>无法打开版本 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="333"/>
        <source>Open version %1</source>
        <translation>打开版本 %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="334"/>
        <source>Version %1 is in the editor; save to make it the latest.</source>
        <translation>版本 %1 已在编辑器中；保存后即成为最新版本。</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="364"/>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="371"/>
        <source>%1 is not a policy file:
%2</source>
        <translation>%1 不是策略文件：
%2</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="376"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/PoliciesPage.cpp" line="379"/>
        <source>Imported %1 (%n problem(s)); save to keep it in the workspace.</source>
        <translation>
            <numerusform>已导入 %1（%n 个问题）；保存后才会保留在工作区中。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="390"/>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="390"/>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="397"/>
        <source>The workspace has no providers yet: add them on the Providers &amp; Models page.</source>
        <translation>工作区还没有提供方：请在“提供方与模型”页面添加。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/PoliciesPage.cpp" line="405"/>
        <source>The policy now lists the workspace&apos;s %n provider(s); targets choose from their models.</source>
        <translation>
            <numerusform>策略现在列出工作区的 %n 个提供方；目标可从其模型中选择。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="415"/>
        <source>Save*</source>
        <translation>保存*</translation>
    </message>
</context>
<context>
    <name>sy::PolicyEditor</name>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="44"/>
        <source>&amp;Target</source>
        <translation>目标(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="45"/>
        <source>&amp;Fallback chain</source>
        <translation>回退链(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="46"/>
        <source>&amp;Weighted split</source>
        <translation>加权分流(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="47"/>
        <source>&amp;Conditional (rules)</source>
        <translation>条件（规则）(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="48"/>
        <source>&amp;Route reference</source>
        <translation>路由引用(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="49"/>
        <source>&amp;Selector</source>
        <translation>选择器(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="73"/>
        <source>&amp;Routes</source>
        <translation>路由(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="76"/>
        <source>Routes</source>
        <translation>路由</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="78"/>
        <location filename="../ui/editor/PolicyEditor.cpp" line="145"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="81"/>
        <source>Add a route (a model name clients can ask for)</source>
        <translation>添加路由（客户端可请求的模型名称）</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="82"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="83"/>
        <source>Duplicate the selected route</source>
        <translation>复制所选路由</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="84"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="95"/>
        <source>Route alias</source>
        <translation>路由别名</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="96"/>
        <source>what clients put in &quot;model&quot;</source>
        <translation>客户端在 &quot;model&quot; 中填写的内容</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="97"/>
        <source>Route description</source>
        <translation>路由描述</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="98"/>
        <source>what this route is for</source>
        <translation>此路由的用途</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="99"/>
        <source>&amp;Alias</source>
        <translation>别名(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="101"/>
        <source>D&amp;escription</source>
        <translation>描述(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="111"/>
        <source>Response &amp;cache</source>
        <translation>响应缓存(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="118"/>
        <source>Rename route</source>
        <translation>重命名路由</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="127"/>
        <source>Describe route</source>
        <translation>描述路由</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="148"/>
        <source>Add ▸</source>
        <translation>添加 ▸</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="150"/>
        <source>Add a rule, fallback step or arm under the selected node (Insert)</source>
        <translation>在所选节点下添加规则、回退步骤或分支（Insert）</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="154"/>
        <source>Wrap in</source>
        <translation>包装到</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="159"/>
        <source>Wrap in ▸</source>
        <translation>包装到 ▸</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="160"/>
        <source>Put the selected node inside a new fallback chain, split or set of rules</source>
        <translation>将所选节点放入新的回退链、分流或规则组中</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="171"/>
        <source>Route tree</source>
        <translation>路由树</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="206"/>
        <source>Route JSON</source>
        <translation>路由 JSON</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="210"/>
        <source>Route views</source>
        <translation>路由视图</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="211"/>
        <source>Diagram</source>
        <translation>图示</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="212"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="213"/>
        <source>Try a request</source>
        <translation>试发请求</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="238"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="273"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="276"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="298"/>
        <location filename="../ui/editor/PolicyEditor.cpp" line="539"/>
        <source>Set default</source>
        <translation>设置默认</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="299"/>
        <source>Give the selected conditional a branch for requests no rule matches</source>
        <translation>为所选条件节点添加一个分支，用于没有规则匹配的请求</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="301"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="305"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="309"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="313"/>
        <source>Edit as JSON…</source>
        <translation>以 JSON 编辑…</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="345"/>
        <source>(no alias)</source>
        <translation>（无别名）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/PolicyEditor.cpp" line="349"/>
        <source>%n problem(s) in this route</source>
        <translation>
            <numerusform>此路由中有 %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="480"/>
        <source>No problems: this policy can be saved and served.</source>
        <translation>没有问题：此策略可以保存并提供服务。</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="513"/>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="529"/>
        <source>Wrap in %1</source>
        <translation>包装到 %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="552"/>
        <source>Delete node</source>
        <translation>删除节点</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="573"/>
        <source>Add route</source>
        <translation>添加路由</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="595"/>
        <source>Duplicate route</source>
        <translation>复制路由</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="614"/>
        <source>Remove route</source>
        <translation>删除路由</translation>
    </message>
</context>
<context>
    <name>sy::PolicyHistoryDialog</name>
    <message>
        <location filename="../ui/dialogs/PolicyHistoryDialog.cpp" line="25"/>
        <source>Open this version</source>
        <translation>打开此版本</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PolicyHistoryDialog.cpp" line="26"/>
        <source>Previous change</source>
        <translation>上一处更改</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PolicyHistoryDialog.cpp" line="26"/>
        <source>Next change</source>
        <translation>下一处更改</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PolicyHistoryDialog.cpp" line="28"/>
        <source>History of %1</source>
        <translation>%1 的历史</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PolicyHistoryDialog.cpp" line="30"/>
        <source>Older version</source>
        <translation>较旧版本</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PolicyHistoryDialog.cpp" line="31"/>
        <source>Newer version</source>
        <translation>较新版本</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PolicyHistoryDialog.cpp" line="34"/>
        <source>Differences</source>
        <translation>差异</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PolicyHistoryDialog.cpp" line="38"/>
        <source>Load the newer version into the editor; saving it makes it the latest.</source>
        <translation>将较新版本载入编辑器；保存后即成为最新版本。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PolicyHistoryDialog.cpp" line="40"/>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PolicyHistoryDialog.cpp" line="41"/>
        <source>&amp;with</source>
        <translation>与(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PolicyHistoryDialog.cpp" line="81"/>
        <source>Version %1 · %2</source>
        <translation>版本 %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PolicyHistoryDialog.cpp" line="82"/>
        <source>Version %1 · %2 · %3</source>
        <translation>版本 %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PolicyHistoryDialog.cpp" line="151"/>
        <source>The two versions are the same.</source>
        <translation>两个版本相同。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PolicyHistoryDialog.cpp" line="152"/>
        <source>%1 lines added, %2 removed.</source>
        <translation>新增 %1 行，删除 %2 行。</translation>
    </message>
</context>
<context>
    <name>sy::PolicyListModel</name>
    <message>
        <location filename="../ui/models/PolicyListModel.cpp" line="25"/>
        <source>%1 (v%2, active)</source>
        <translation>%1（v%2，活动）</translation>
    </message>
    <message>
        <location filename="../ui/models/PolicyListModel.cpp" line="25"/>
        <source>%1 (v%2)</source>
        <translation>%1（v%2）</translation>
    </message>
</context>
<context>
    <name>sy::PromptSetsPage</name>
    <message>
        <location filename="../ui/pages/PromptSetsPage.cpp" line="55"/>
        <source>&lt;h2&gt;Prompt Sets &amp;amp; Replays&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;提示集与回放&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Prompt sets are the requests a replay sends through candidate routes. Replays, scoring and the cost–latency–quality charts open here.</source>
        <translation type="vanished">提示集是回放时发送到候选路由的请求。回放、评分以及成本–延迟–质量图表将在此打开。</translation>
    </message>
    <message>
        <location filename="../ui/pages/PromptSetsPage.cpp" line="52"/>
        <source>Save changes</source>
        <translation>保存更改</translation>
    </message>
    <message>
        <location filename="../ui/pages/PromptSetsPage.cpp" line="57"/>
        <location filename="../ui/pages/PromptSetsPage.cpp" line="99"/>
        <source>Prompt sets</source>
        <translation>提示集</translation>
    </message>
    <message>
        <location filename="../ui/pages/PromptSetsPage.cpp" line="58"/>
        <source>No prompt sets yet. Import… reads prompts from a JSONL or CSV file; Side by Side can add the prompts you try there.</source>
        <translation>尚无提示集。“导入…”可从 JSONL 或 CSV 文件读取提示；“并排对比”可加入你在那里尝试的提示。</translation>
    </message>
    <message>
        <location filename="../ui/pages/PromptSetsPage.cpp" line="61"/>
        <source>Prompts of the selected set</source>
        <translation>所选提示集的提示</translation>
    </message>
    <message>
        <location filename="../ui/pages/PromptSetsPage.cpp" line="63"/>
        <source>Prompt</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../ui/pages/PromptSetsPage.cpp" line="63"/>
        <source>Reference answer</source>
        <translation>参考答案</translation>
    </message>
    <message>
        <location filename="../ui/pages/PromptSetsPage.cpp" line="63"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../ui/pages/PromptSetsPage.cpp" line="63"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/pages/PromptSetsPage.cpp" line="68"/>
        <source>Search prompts, references and categories</source>
        <translation>搜索提示、参考和类别</translation>
    </message>
    <message>
        <location filename="../ui/pages/PromptSetsPage.cpp" line="70"/>
        <source>Search the prompt set</source>
        <translation>搜索提示集</translation>
    </message>
    <message>
        <location filename="../ui/pages/PromptSetsPage.cpp" line="72"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../ui/pages/PromptSetsPage.cpp" line="73"/>
        <source>Import a prompt set from JSONL (plain or OpenAI chat format) or CSV</source>
        <translation>从 JSONL（普通或 OpenAI 聊天格式）或 CSV 导入提示集</translation>
    </message>
    <message>
        <location filename="../ui/pages/PromptSetsPage.cpp" line="74"/>
        <source>Export JSONL…</source>
        <translation>导出 JSONL…</translation>
    </message>
    <message>
        <location filename="../ui/pages/PromptSetsPage.cpp" line="75"/>
        <source>From traffic…</source>
        <translation>从流量生成…</translation>
    </message>
    <message>
        <location filename="../ui/pages/PromptSetsPage.cpp" line="77"/>
        <source>Make a prompt set from logged requests, with personal data and keys taken out</source>
        <translation>从日志请求生成提示集，并移除个人数据和密钥</translation>
    </message>
    <message>
        <location filename="../ui/pages/PromptSetsPage.cpp" line="100"/>
        <source>Replays</source>
        <translation>回放</translation>
    </message>
    <message>
        <location filename="../ui/pages/PromptSetsPage.cpp" line="102"/>
        <source>Prompt sets and replays</source>
        <translation>提示集与回放</translation>
    </message>
    <message>
        <location filename="../ui/pages/PromptSetsPage.cpp" line="124"/>
        <source>Import a prompt set</source>
        <translation>导入提示集</translation>
    </message>
    <message>
        <location filename="../ui/pages/PromptSetsPage.cpp" line="125"/>
        <source>Prompt sets (*.jsonl *.json *.csv *.tsv);;All files (*)</source>
        <translation>提示集 (*.jsonl *.json *.csv *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/pages/PromptSetsPage.cpp" line="132"/>
        <source>Export the prompt set</source>
        <translation>导出提示集</translation>
    </message>
    <message>
        <location filename="../ui/pages/PromptSetsPage.cpp" line="133"/>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/PromptSetsPage.cpp" line="176"/>
        <source>%n prompt(s) · source: %1</source>
        <translation>
            <numerusform>%n 个提示 · 来源：%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/PromptSetsPage.cpp" line="209"/>
        <source>The changes could not be saved: %1</source>
        <translation>无法保存更改：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/PromptSetsPage.cpp" line="214"/>
        <source>Saved %n prompt(s).</source>
        <translation>
            <numerusform>已保存 %n 个提示。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/PromptSetsPage.cpp" line="227"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/pages/PromptSetsPage.cpp" line="249"/>
        <source>The prompt set could not be stored: %1</source>
        <translation>无法存储提示集：%1</translation>
    </message>
    <message>
        <location filename="../ui/pages/PromptSetsPage.cpp" line="265"/>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <location filename="../ui/pages/PromptSetsPage.cpp" line="265"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>sy::ProviderDialog</name>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="34"/>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="35"/>
        <source>&amp;Add listed models</source>
        <translation>添加列出的模型(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="38"/>
        <source>Add provider</source>
        <translation>添加提供方</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="38"/>
        <source>Edit provider %1</source>
        <translation>编辑提供方 %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="41"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="44"/>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="45"/>
        <source>OpenAI-compatible</source>
        <translation>兼容 OpenAI</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="46"/>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="48"/>
        <source>a short name, such as openai or local-llama</source>
        <translation>简短名称，例如 openai 或 local-llama</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="50"/>
        <source>No key (local server)</source>
        <translation>无密钥（本地服务器）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="51"/>
        <source>Environment variable</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="52"/>
        <source>Keychain entry</source>
        <translation>钥匙串条目</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="54"/>
        <source>variable or entry name, such as OPENAI_API_KEY</source>
        <translation>变量或条目名称，例如 OPENAI_API_KEY</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="56"/>
        <source>Provider id</source>
        <translation>提供方 ID</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="56"/>
        <source>API kind</source>
        <translation>API 类型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="56"/>
        <source>Base URL</source>
        <translation>基础 URL</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="57"/>
        <source>Credential source</source>
        <translation>凭据来源</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="57"/>
        <source>Credential name</source>
        <translation>凭据名称</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="59"/>
        <source>Header</source>
        <translation>请求头</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="59"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="61"/>
        <source>Extra headers</source>
        <translation>额外请求头</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="68"/>
        <source>Add header</source>
        <translation>添加请求头</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="71"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="71"/>
        <source>Alias</source>
        <translation>别名</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="71"/>
        <source>Input $/Mtok</source>
        <translation>输入 $/百万token</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="71"/>
        <source>Output $/Mtok</source>
        <translation>输出 $/百万token</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="71"/>
        <source>Cached $/Mtok</source>
        <translation>缓存 $/百万token</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="72"/>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="72"/>
        <source>Capabilities</source>
        <translation>能力</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="77"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="78"/>
        <source>Capabilities: %1</source>
        <translation>能力：%1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="80"/>
        <source>Add model</source>
        <translation>添加模型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="81"/>
        <source>Remove model</source>
        <translation>删除模型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="99"/>
        <source>Problem with the form</source>
        <translation>表单有问题</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="102"/>
        <source>&amp;Preset:</source>
        <translation>预设(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="103"/>
        <source>&amp;Id:</source>
        <translation>ID(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="104"/>
        <source>&amp;API:</source>
        <translation>API(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="105"/>
        <source>&amp;Base URL:</source>
        <translation>基础 URL(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="109"/>
        <source>&amp;Credential:</source>
        <translation>凭据(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="123"/>
        <source>Extra headers sent with every request (never keys: use the credential):</source>
        <translation>随每个请求发送的额外请求头（不要放密钥：请使用凭据）：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="144"/>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="292"/>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="148"/>
        <source>✓ %n model(s) in %1 ms: %2</source>
        <translation>
            <numerusform>✓ %1 毫秒内找到 %n 个模型：%2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="246"/>
        <source>The provider needs an id.</source>
        <translation>提供方需要一个 ID。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="249"/>
        <source>The id may use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only (it is written before a &apos;/&apos; in model names).</source>
        <translation>ID 只能包含字母、数字、&apos;.&apos;、&apos;_&apos; 和 &apos;-&apos;（它写在模型名称中的 &apos;/&apos; 之前）。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="251"/>
        <source>Another provider is already called %1.</source>
        <translation>已有另一个提供方名为 %1。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="254"/>
        <source>The base URL must be an http:// or https:// address, such as https://api.openai.com/v1.</source>
        <translation>基础 URL 必须是 http:// 或 https:// 地址，例如 https://api.openai.com/v1。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="257"/>
        <source>Name the %1 that holds the key.</source>
        <translation>请填写保存密钥的%1。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="257"/>
        <source>environment variable</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="257"/>
        <source>keychain entry</source>
        <translation>钥匙串条目</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="261"/>
        <source>The model %1 is listed twice.</source>
        <translation>模型 %1 列出了两次。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="280"/>
        <source>Asking %1/models…</source>
        <translation>正在查询 %1/models…</translation>
    </message>
</context>
<context>
    <name>sy::ProviderModelTableModel</name>
    <message>
        <location filename="../ui/models/ProviderModelTableModel.cpp" line="70"/>
        <source>Provider</source>
        <translation>提供方</translation>
    </message>
    <message>
        <location filename="../ui/models/ProviderModelTableModel.cpp" line="71"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../ui/models/ProviderModelTableModel.cpp" line="72"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/models/ProviderModelTableModel.cpp" line="73"/>
        <source>Alias</source>
        <translation>别名</translation>
    </message>
    <message>
        <location filename="../ui/models/ProviderModelTableModel.cpp" line="74"/>
        <source>Input $/Mtok</source>
        <translation>输入 $/百万token</translation>
    </message>
    <message>
        <location filename="../ui/models/ProviderModelTableModel.cpp" line="75"/>
        <source>Output $/Mtok</source>
        <translation>输出 $/百万token</translation>
    </message>
    <message>
        <location filename="../ui/models/ProviderModelTableModel.cpp" line="76"/>
        <source>Cached $/Mtok</source>
        <translation>缓存 $/百万token</translation>
    </message>
    <message>
        <location filename="../ui/models/ProviderModelTableModel.cpp" line="77"/>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <location filename="../ui/models/ProviderModelTableModel.cpp" line="78"/>
        <source>Capabilities</source>
        <translation>能力</translation>
    </message>
</context>
<context>
    <name>sy::ProvidersPage</name>
    <message>
        <location filename="../ui/pages/ProvidersPage.cpp" line="20"/>
        <source>&amp;Add provider…</source>
        <translation>添加提供方(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/pages/ProvidersPage.cpp" line="20"/>
        <source>&amp;Edit provider…</source>
        <translation>编辑提供方(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/pages/ProvidersPage.cpp" line="21"/>
        <source>&amp;Remove provider</source>
        <translation>删除提供方(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/pages/ProvidersPage.cpp" line="23"/>
        <source>&lt;h2&gt;Providers &amp;amp; Models&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;提供方与模型&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/pages/ProvidersPage.cpp" line="24"/>
        <source>Filter models, providers, capabilities…</source>
        <translation>筛选模型、提供方、能力…</translation>
    </message>
    <message>
        <location filename="../ui/pages/ProvidersPage.cpp" line="26"/>
        <source>Filter models</source>
        <translation>筛选模型</translation>
    </message>
    <message>
        <location filename="../ui/pages/ProvidersPage.cpp" line="33"/>
        <source>No providers yet. Add provider… fills in a form from presets (OpenAI, Anthropic, Groq, local servers and more); the Welcome page finds llama.cpp, Ollama, LM Studio or vLLM running here.</source>
        <translation>尚无提供方。“添加提供方…”可用预设（OpenAI、Anthropic、Groq、本地服务器等）填写表单；欢迎页可找到本机运行的 llama.cpp、Ollama、LM Studio 或 vLLM。</translation>
    </message>
    <message>
        <location filename="../ui/pages/ProvidersPage.cpp" line="36"/>
        <source>Models and their prices</source>
        <translation>模型及其价格</translation>
    </message>
    <message>
        <location filename="../ui/pages/ProvidersPage.cpp" line="49"/>
        <source>Add a provider (%1)</source>
        <translation>添加提供方 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/ProvidersPage.cpp" line="114"/>
        <source>Remove provider</source>
        <translation>删除提供方</translation>
    </message>
    <message>
        <location filename="../ui/pages/ProvidersPage.cpp" line="115"/>
        <source>Remove %1 and its models from the workspace? Policies that use it will no longer validate.</source>
        <translation>从工作区删除 %1 及其模型？使用它的策略将无法通过校验。</translation>
    </message>
</context>
<context>
    <name>sy::ReplayCharts</name>
    <message>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="53"/>
        <source>p50 latency</source>
        <translation>p50 延迟</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="54"/>
        <source>p95 latency</source>
        <translation>p95 延迟</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="55"/>
        <source>Latency percentile of the cost–latency chart</source>
        <translation>成本–延迟图的延迟百分位</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="60"/>
        <source>Cost against latency</source>
        <translation>成本与延迟</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="61"/>
        <source>Quality against cost</source>
        <translation>质量与成本</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="62"/>
        <source>Latency CDF</source>
        <translation>延迟累积分布</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="63"/>
        <source>Quality per category</source>
        <translation>各类别质量</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="64"/>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="65"/>
        <source>$ per 1,000 requests</source>
        <translation>每千次请求 $</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="66"/>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="70"/>
        <source>mean quality</source>
        <translation>平均质量</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="67"/>
        <source>latency (ms)</source>
        <translation>延迟（毫秒）</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="68"/>
        <source>share of requests</source>
        <translation>请求占比</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="72"/>
        <source>Cost–latency chart shows:</source>
        <translation>成本–延迟图显示：</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="85"/>
        <source>Quality 0</source>
        <translation>质量 0</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="89"/>
        <source>Colour scale of quality, from red at 0 to green at 1</source>
        <translation>质量色标，从 0 的红色到 1 的绿色</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="91"/>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="93"/>
        <source>Marker size: quality; ★ the recommendation. Drag to pan, wheel to zoom, right-click to export.</source>
        <translation>点大小：质量；★ 为推荐。拖动平移，滚轮缩放，右键导出。</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="96"/>
        <source>Run a replay to see its candidates here.</source>
        <translation>运行一次回放，即可在此看到其候选。</translation>
    </message>
    <message>
        <source>Marker colour and size: quality. Drag to pan, wheel to zoom, right-click to export.</source>
        <translation type="vanished">标记颜色和大小：质量。拖动平移，滚轮缩放，右键导出。</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="149"/>
        <source>p95 latency (ms)</source>
        <translation>p95 延迟（毫秒）</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="149"/>
        <source>p50 latency (ms)</source>
        <translation>p50 延迟（毫秒）</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="166"/>
        <source>%1
quality %2 · $%3 per 1k · %4 ms</source>
        <translation>%1
质量 %2 · 每千次 $%3 · %4 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="185"/>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="224"/>
        <source>★ %1</source>
        <translation>★ %1</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="193"/>
        <source>Pareto front</source>
        <translation>帕累托前沿</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="217"/>
        <source>%1
quality %2 · $%3 per 1k</source>
        <translation>%1
质量 %2 · 每千次 $%3</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="234"/>
        <source>non-decreasing hull</source>
        <translation>非递减凸包</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="238"/>
        <source>Quality against cost — AIQ %1</source>
        <translation>质量与成本 — AIQ %1</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="269"/>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="270"/>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="279"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>sy::ReplayPage</name>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="63"/>
        <source>New replay…</source>
        <translation>新建回放…</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="63"/>
        <location filename="../ui/replayview/ReplayPage.cpp" line="784"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="64"/>
        <source>Re-run errors</source>
        <translation>重跑错误</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="64"/>
        <source>Re-run failures</source>
        <translation>重跑未通过项</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="65"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="65"/>
        <location filename="../ui/replayview/ReplayPage.cpp" line="784"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="65"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="72"/>
        <source>No replays yet. New replay… sends a prompt set through the models and routes you choose and grades every answer.</source>
        <translation>尚无重放。“新建重放…”会让提示集经过你选择的模型和路由，并为每个回答打分。</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="74"/>
        <source>Replay runs</source>
        <translation>回放运行</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="82"/>
        <source>Routing metrics</source>
        <translation>路由指标</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="84"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="84"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="84"/>
        <source>What it says</source>
        <translation>含义</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="96"/>
        <source>Quality points the recommendation may give up</source>
        <translation>推荐可放弃的质量分</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="101"/>
        <source> points</source>
        <translation> 分</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="102"/>
        <source>The recommendation is the cheapest candidate whose quality is within this many points (of 100) of the best.</source>
        <translation>推荐的是质量与最佳相差不超过此分数（满分 100）的最便宜候选。</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="104"/>
        <source>Baseline run</source>
        <translation>基准运行</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="105"/>
        <source>Views of the run</source>
        <translation>运行视图</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="106"/>
        <source>Replay progress</source>
        <translation>回放进度</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="107"/>
        <source>Weak candidate</source>
        <translation>弱候选</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="108"/>
        <source>Strong candidate</source>
        <translation>强候选</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="114"/>
        <source>Candidates&apos; figures</source>
        <translation>候选指标</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="123"/>
        <source>Export policy…</source>
        <translation>导出策略…</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="124"/>
        <source>Save the selected candidate as a policy file with the evidence of this run</source>
        <translation>将所选候选连同本次运行的证据保存为策略文件</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="125"/>
        <source>Activate in proxy</source>
        <translation>在代理中启用</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="126"/>
        <source>Save the selected candidate as a workspace policy and serve it from the local proxy</source>
        <translation>将所选候选保存为工作区策略并由本地代理提供服务</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="127"/>
        <source>Import outcome matrix…</source>
        <translation>导入结果矩阵…</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="128"/>
        <source>Export run…</source>
        <translation>导出运行…</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="129"/>
        <source>Train router…</source>
        <translation>训练路由器…</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="130"/>
        <source>Train a learned router on this run&apos;s outcomes and export it as a policy</source>
        <translation>用本次运行的结果训练学习型路由器并导出为策略</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="131"/>
        <source>Save this run as an HTML report, JSON, CSV or an outcome matrix</source>
        <translation>将此运行保存为 HTML 报告、JSON、CSV 或结果矩阵</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="158"/>
        <source>Baseline:</source>
        <translation>基准：</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="159"/>
        <source>Weak:</source>
        <translation>弱：</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="160"/>
        <source>Strong:</source>
        <translation>强：</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="165"/>
        <source>Within</source>
        <translation>相差不超过</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="172"/>
        <source>Selected candidate:</source>
        <translation>所选候选：</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="180"/>
        <source>Summary</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="181"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="182"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="252"/>
        <source>Export the winning policy</source>
        <translation>导出胜出策略</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="252"/>
        <source>Policy files (*.json)</source>
        <translation>策略文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="255"/>
        <source>Export policy</source>
        <translation>导出策略</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="260"/>
        <source>Export the run</source>
        <translation>导出运行</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="261"/>
        <source>HTML report (*.html);;JSON (*.json);;CSV (*.csv);;Outcome matrix (*.jsonl)</source>
        <translation>HTML 报告 (*.html);;JSON (*.json);;CSV (*.csv);;结果矩阵 (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="266"/>
        <source>Import an outcome matrix</source>
        <translation>导入结果矩阵</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="266"/>
        <source>Outcome matrices (*.jsonl *.json)</source>
        <translation>结果矩阵 (*.jsonl *.json)</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="269"/>
        <source>Import outcome matrix</source>
        <translation>导入结果矩阵</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="309"/>
        <location filename="../ui/replayview/ReplayPage.cpp" line="488"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/replayview/ReplayPage.cpp" line="349"/>
        <source>%1 × %n candidate(s)</source>
        <translation>
            <numerusform>%1 × %n 个候选</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="354"/>
        <source>The run could not be stored: %1</source>
        <translation>无法存储运行：%1</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="375"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="404"/>
        <source>estimating</source>
        <translation>估算中</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="404"/>
        <source>%1 s left</source>
        <translation>剩余 %1 秒</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="405"/>
        <source>%1 min left</source>
        <translation>剩余 %1 分钟</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="406"/>
        <source>%1 of %2 done · %3 in flight · %4 · spent $%5 (judges $%6) · %7 from the cache%8</source>
        <translation>已完成 %1/%2 · 进行中 %3 · %4 · 已花费 $%5（评审 $%6）· %7 个来自缓存%8</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="414"/>
        <source> · paused</source>
        <translation> · 已暂停</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="428"/>
        <source>Finished.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="428"/>
        <source>Stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="444"/>
        <source>Results could not be stored: %1</source>
        <translation>无法存储结果：%1</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="477"/>
        <source>Run #%1: %2 results.</source>
        <translation>运行 #%1：%2 个结果。</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="478"/>
        <source>Run #%1 can be viewed but not re-run: %2</source>
        <translation>运行 #%1 可查看但不能重跑：%2</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="502"/>
        <source>This run cannot be re-run: %1</source>
        <translation>此运行无法重跑：%1</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="514"/>
        <source>Nothing to re-run.</source>
        <translation>没有需要重跑的内容。</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="537"/>
        <source>AIQ %1 (area under the non-decreasing hull of quality against cost).</source>
        <translation>AIQ %1（质量–成本非递减凸包下的面积）。</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="540"/>
        <location filename="../ui/replayview/ReplayPage.cpp" line="560"/>
        <source>not reached</source>
        <translation>未达到</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="543"/>
        <source>%1: PGR %2 at %3% strong calls</source>
        <translation>%1：PGR %2，强模型调用占 %3%</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="544"/>
        <source>APGR %1 · CPT(20%) %2 · CPT(50%) %3 · CPT(80%) %4</source>
        <translation>APGR %1 · CPT(20%) %2 · CPT(50%) %3 · CPT(80%) %4</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="548"/>
        <source>Choose a weak and a strong candidate for PGR, APGR and CPT.</source>
        <translation>请选择一个弱候选和一个强候选以计算 PGR、APGR 和 CPT。</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="557"/>
        <source>AIQ</source>
        <translation>AIQ</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="558"/>
        <source>Area under the best quality reachable at each cost: higher means more quality for the money.</source>
        <translation>各成本下可达最佳质量曲线下的面积：越高表示花同样的钱得到越高的质量。</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="561"/>
        <source>APGR</source>
        <translation>APGR</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="562"/>
        <source>Average share of the weak-to-strong quality gap recovered, over all strong-call shares.</source>
        <translation>在所有强模型调用比例上，弱到强质量差距被弥补的平均比例。</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="563"/>
        <source>CPT(20%)</source>
        <translation>CPT(20%)</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="563"/>
        <source>Strong calls needed to recover 20% of the gap.</source>
        <translation>弥补 20% 差距所需的强模型调用比例。</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="564"/>
        <source>CPT(50%)</source>
        <translation>CPT(50%)</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="564"/>
        <source>Strong calls needed to recover half the gap.</source>
        <translation>弥补一半差距所需的强模型调用比例。</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="565"/>
        <source>CPT(80%)</source>
        <translation>CPT(80%)</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="565"/>
        <source>Strong calls needed to recover 80% of the gap.</source>
        <translation>弥补 80% 差距所需的强模型调用比例。</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="567"/>
        <source>PGR of %1</source>
        <translation>%1 的 PGR</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="568"/>
        <source>Share of the gap this router recovers, calling the strong model for %1% of requests.</source>
        <translation>此路由器以 %1% 的请求调用强模型时弥补的差距比例。</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="570"/>
        <source>PGR, APGR, CPT</source>
        <translation>PGR、APGR、CPT</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="570"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="570"/>
        <source>Choose a weak and a strong candidate above to compare routers between them.</source>
        <translation>请在上方选择一个弱候选和一个强候选，以比较它们之间的路由器。</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="594"/>
        <source>&lt;b&gt;No recommendation yet:&lt;/b&gt; it needs finished results.</source>
        <translation>&lt;b&gt;暂无推荐：&lt;/b&gt;需要已完成的结果。</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="601"/>
        <source>&lt;b&gt;Recommended: %1&lt;/b&gt; — the best quality (%2), and nothing within %3 points of it costs less.</source>
        <translation>&lt;b&gt;推荐：%1&lt;/b&gt; — 质量最佳（%2），与其相差 %3 分以内的候选都不更便宜。</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="606"/>
        <source>&lt;b&gt;Recommended: %1&lt;/b&gt; — within %2 points of the best quality (%3 at %4) at the same cost, and no slower.</source>
        <translation>&lt;b&gt;推荐：%1&lt;/b&gt; — 与最佳质量（%3，%4）相差 %2 分以内，成本相同且不更慢。</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="612"/>
        <source>&lt;b&gt;Recommended: %1&lt;/b&gt; — the cheapest within %2 points of the best quality (%3 at %4): quality %5, %6% cheaper per request.</source>
        <translation>&lt;b&gt;推荐：%1&lt;/b&gt; — 与最佳质量（%3，%4）相差 %2 分以内最便宜的候选：质量 %5，每次请求便宜 %6%。</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="656"/>
        <location filename="../ui/replayview/ReplayPage.cpp" line="722"/>
        <source>Select a candidate first.</source>
        <translation>请先选择一个候选。</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="656"/>
        <location filename="../ui/replayview/ReplayPage.cpp" line="722"/>
        <source>This run&apos;s candidates are no longer in the workspace.</source>
        <translation>此运行的候选已不在工作区中。</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="663"/>
        <source>Policy written to %1.</source>
        <translation>策略已写入 %1。</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="663"/>
        <location filename="../ui/replayview/ReplayPage.cpp" line="682"/>
        <location filename="../ui/replayview/ReplayPage.cpp" line="713"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="682"/>
        <source>Run written to %1.</source>
        <translation>运行已写入 %1。</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="689"/>
        <source>Training a router needs a run or an outcome matrix with two candidates or more.</source>
        <translation>训练路由器需要至少包含两个候选的运行或结果矩阵。</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="709"/>
        <source>learned from replay %1</source>
        <translation>从回放 %1 学习</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="713"/>
        <source>Learned router written to %1.</source>
        <translation>学习型路由器已写入 %1。</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="728"/>
        <source>chosen by replay #%1</source>
        <translation>由回放 #%1 选出</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="730"/>
        <source>Policy &quot;%1&quot; could not be saved: %2</source>
        <translation>无法保存策略“%1”：%2</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="733"/>
        <source>Policy &quot;%1&quot; saved as version %2 and served by the proxy.</source>
        <translation>策略“%1”已保存为版本 %2 并由代理提供服务。</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="741"/>
        <source>Wait for the replay to finish.</source>
        <translation>请等待回放完成。</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="751"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="768"/>
        <source>Outcome matrix %1: %2 prompts × %3 models.</source>
        <translation>结果矩阵 %1：%2 个提示 × %3 个模型。</translation>
    </message>
</context>
<context>
    <name>sy::RouteCacheForm</name>
    <message>
        <location filename="../ui/editor/RouteCacheForm.cpp" line="41"/>
        <source>No cache</source>
        <translation>不缓存</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteCacheForm.cpp" line="41"/>
        <source>Same request (exact)</source>
        <translation>相同请求（精确）</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteCacheForm.cpp" line="41"/>
        <source>Similar request (semantic)</source>
        <translation>相似请求（语义）</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteCacheForm.cpp" line="44"/>
        <source>Response cache</source>
        <translation>响应缓存</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteCacheForm.cpp" line="45"/>
        <source>Answer a repeated request from the cache at no cost, without asking a provider.</source>
        <translation>重复的请求由缓存免费应答，无需询问提供商。</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteCacheForm.cpp" line="46"/>
        <source> s kept</source>
        <translation> 秒保留</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteCacheForm.cpp" line="47"/>
        <source>How long answers are kept, in seconds</source>
        <translation>应答保留时长（秒）</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteCacheForm.cpp" line="48"/>
        <source>similarity ≥ </source>
        <translation>相似度 ≥ </translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteCacheForm.cpp" line="49"/>
        <source>Similarity a semantic match needs</source>
        <translation>语义匹配所需的相似度</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteCacheForm.cpp" line="50"/>
        <source>Keys share answers</source>
        <translation>密钥共享应答</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteCacheForm.cpp" line="51"/>
        <source>Off: each virtual key sees only the answers to its own requests.</source>
        <translation>关闭时：每个虚拟密钥只能看到对自己请求的应答。</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteCacheForm.cpp" line="91"/>
        <source>Change the route&apos;s cache</source>
        <translation>更改路由的缓存</translation>
    </message>
</context>
<context>
    <name>sy::RouteDiagram</name>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="51"/>
        <source>otherwise</source>
        <translation>否则</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="88"/>
        <source>$%1 / $%2 per Mtok</source>
        <translation>每百万 token $%1 / $%2</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="123"/>
        <location filename="../ui/editor/RouteDiagram.cpp" line="124"/>
        <source>Route diagram</source>
        <translation>路由图</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="236"/>
        <source>requested model</source>
        <translation>请求的模型</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="212"/>
        <source>(no model)</source>
        <translation>（无模型）</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="36"/>
        <source>Step %1 of the fallback chain</source>
        <translation>回退链第 %1 步</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="41"/>
        <source>When %1</source>
        <translation>当 %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="41"/>
        <source>Rule %1: when %2</source>
        <translation>规则 %1：当 %2</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="47"/>
        <source>Arm %1: weight %2</source>
        <translation>分支 %1：权重 %2</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="48"/>
        <source>Candidate %1</source>
        <translation>候选 %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="51"/>
        <source>When the selector cannot decide</source>
        <translation>选择器无法决定时</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="52"/>
        <source>When no rule matches</source>
        <translation>没有规则匹配时</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="215"/>
        <source>fallback</source>
        <translation>回退</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="215"/>
        <source>in order until one succeeds</source>
        <translation>依次尝试直到成功</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="217"/>
        <source>split by weight</source>
        <translation>按权重分流</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="218"/>
        <source>random</source>
        <translation>随机</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="218"/>
        <source>sticky: %1</source>
        <translation>粘性：%1</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="220"/>
        <source>rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="220"/>
        <source>first match wins</source>
        <translation>首个匹配生效</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="221"/>
        <source>→ route &quot;%1&quot;</source>
        <translation>→ 路由“%1”</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="222"/>
        <source>selector</source>
        <translation>选择器</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="295"/>
        <source>Requests for the model &quot;%1&quot; enter here</source>
        <translation>请求模型“%1”的请求从这里进入</translation>
    </message>
</context>
<context>
    <name>sy::RouteTreeModel</name>
    <message>
        <location filename="../ui/models/RouteTreeModel.cpp" line="142"/>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <location filename="../ui/models/RouteTreeModel.cpp" line="147"/>
        <source>Try first</source>
        <translation>首先尝试</translation>
    </message>
    <message>
        <location filename="../ui/models/RouteTreeModel.cpp" line="147"/>
        <source>Then try %1</source>
        <translation>然后尝试第 %1 个</translation>
    </message>
    <message>
        <location filename="../ui/models/RouteTreeModel.cpp" line="150"/>
        <source>If %1</source>
        <translation>如果 %1</translation>
    </message>
    <message>
        <location filename="../ui/models/RouteTreeModel.cpp" line="151"/>
        <source>If %1: %2</source>
        <translation>如果 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/models/RouteTreeModel.cpp" line="156"/>
        <source>Candidate %1</source>
        <translation>候选 %1</translation>
    </message>
    <message>
        <location filename="../ui/models/RouteTreeModel.cpp" line="157"/>
        <source>Arm %1 · %2%</source>
        <translation>分支 %1 · %2%</translation>
    </message>
    <message>
        <location filename="../ui/models/RouteTreeModel.cpp" line="159"/>
        <source>When unsure</source>
        <translation>不确定时</translation>
    </message>
    <message>
        <location filename="../ui/models/RouteTreeModel.cpp" line="159"/>
        <source>Otherwise</source>
        <translation>否则</translation>
    </message>
    <message>
        <location filename="../ui/models/RouteTreeModel.cpp" line="168"/>
        <source>Target (no model)</source>
        <translation>目标（无模型）</translation>
    </message>
    <message>
        <location filename="../ui/models/RouteTreeModel.cpp" line="169"/>
        <source>Fallback chain</source>
        <translation>回退链</translation>
    </message>
    <message>
        <location filename="../ui/models/RouteTreeModel.cpp" line="170"/>
        <source>Weighted split</source>
        <translation>加权分流</translation>
    </message>
    <message>
        <location filename="../ui/models/RouteTreeModel.cpp" line="171"/>
        <source>Conditional</source>
        <translation>条件</translation>
    </message>
    <message>
        <location filename="../ui/models/RouteTreeModel.cpp" line="172"/>
        <source>Route &quot;%1&quot;</source>
        <translation>路由“%1”</translation>
    </message>
    <message>
        <location filename="../ui/models/RouteTreeModel.cpp" line="173"/>
        <source>Selector (%1)</source>
        <translation>选择器（%1）</translation>
    </message>
    <message>
        <location filename="../ui/models/RouteTreeModel.cpp" line="209"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../ui/models/RouteTreeModel.cpp" line="209"/>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <location filename="../ui/models/RouteTreeModel.cpp" line="299"/>
        <source>Move node</source>
        <translation>移动节点</translation>
    </message>
</context>
<context>
    <name>sy::SettingsPage</name>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="56"/>
        <source>Store request and response bodies in the request log</source>
        <translation>在请求日志中保存请求和响应正文</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="57"/>
        <source>Closing the window keeps a serving proxy running in the tray</source>
        <translation>关闭窗口时，正在服务的代理继续在托盘中运行</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="58"/>
        <source>Start the proxy with the last served policy when Switchyard starts</source>
        <translation>Switchyard 启动时用上次提供的策略启动代理</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="60"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="65"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="66"/>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="67"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="68"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="70"/>
        <source>Colour theme</source>
        <translation>配色主题</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="72"/>
        <source>none: the proxy then listens on loopback only</source>
        <translation>无：代理仅监听本机回环地址</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="73"/>
        <source>Client keys variable</source>
        <translation>客户端密钥变量</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="74"/>
        <source>An environment variable holding the keys clients must send (comma-separated). Keys are never stored by Switchyard.</source>
        <translation>保存客户端必须发送的密钥的环境变量（逗号分隔）。Switchyard 从不存储密钥。</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="79"/>
        <source>no budget</source>
        <translation>无预算</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="81"/>
        <source>Daily budget</source>
        <translation>每日预算</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="84"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="85"/>
        <source>&lt;small&gt;Takes effect the next time Switchyard starts.&lt;/small&gt;</source>
        <translation>&lt;small&gt;下次启动 Switchyard 时生效。&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="86"/>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="87"/>
        <source>Client &amp;keys variable:</source>
        <translation>客户端密钥变量(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="89"/>
        <source>Daily &amp;budget:</source>
        <translation>每日预算(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="95"/>
        <source>&lt;h2&gt;Settings&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;设置&lt;/h2&gt;</translation>
    </message>
</context>
<context>
    <name>sy::ShadowTestDialog</name>
    <message>
        <location filename="../ui/dialogs/ShadowTestDialog.cpp" line="17"/>
        <source>Try a model on live traffic</source>
        <translation>在实时流量上试用模型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ShadowTestDialog.cpp" line="27"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ShadowTestDialog.cpp" line="31"/>
        <source>$</source>
        <translation>$</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ShadowTestDialog.cpp" line="33"/>
        <source>Route</source>
        <translation>路由</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ShadowTestDialog.cpp" line="34"/>
        <source>Candidate model</source>
        <translation>候选模型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ShadowTestDialog.cpp" line="35"/>
        <source>Share of requests mirrored</source>
        <translation>镜像请求的份额</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ShadowTestDialog.cpp" line="36"/>
        <source>Daily budget</source>
        <translation>每日预算</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ShadowTestDialog.cpp" line="38"/>
        <source>A shadow test sends a copy of a share of the route&apos;s answered requests to the candidate after each client has its answer. Clients only ever get the served answers; the candidate&apos;s are logged beside them and compared on the Experiments page. Next steps: a canary, then all traffic.</source>
        <translation>影子测试会在每个客户端收到回答之后，把路由已回答请求的一部分副本发送给候选模型。客户端只会收到已送达的回答；候选模型的回答记录在旁，并在“实验”页面上进行比较。后续步骤：金丝雀发布，然后是全部流量。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ShadowTestDialog.cpp" line="44"/>
        <source>Route:</source>
        <translation>路由：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ShadowTestDialog.cpp" line="45"/>
        <source>Candidate:</source>
        <translation>候选：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ShadowTestDialog.cpp" line="46"/>
        <source>Mirror:</source>
        <translation>镜像：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ShadowTestDialog.cpp" line="47"/>
        <source>Spend at most a day:</source>
        <translation>每日最多花费：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ShadowTestDialog.cpp" line="49"/>
        <source>Start shadow test</source>
        <translation>开始影子测试</translation>
    </message>
</context>
<context>
    <name>sy::SideBySidePage</name>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="103"/>
        <source>Add the prompt to a prompt set</source>
        <translation>将提示加入提示集</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="104"/>
        <source>Prompt set (choose one, or type a new name):</source>
        <translation>提示集（选择一个，或输入新名称）：</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="121"/>
        <source>Every column has answered. Vote for the better answer, or keep the chat going.</source>
        <translation>所有列均已回答。请为更好的回答投票，或继续对话。</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="147"/>
        <source>System:</source>
        <translation>系统：</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="148"/>
        <source>Max tokens:</source>
        <translation>最大 token：</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="149"/>
        <source>Add column</source>
        <translation>添加列</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="150"/>
        <source>Up to %1 models or routes side by side</source>
        <translation>最多 %1 个模型或路由并排</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="151"/>
        <source>Optional system prompt for every column</source>
        <translation>所有列共用的可选系统提示</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="152"/>
        <source>System prompt</source>
        <translation>系统提示</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="153"/>
        <source>model default</source>
        <translation>模型默认</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="154"/>
        <source>Max tokens</source>
        <translation>最大 token</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="155"/>
        <source>Scroll together</source>
        <translation>同步滚动</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="156"/>
        <source>Scrolling one column&apos;s answers scrolls the others to the same place</source>
        <translation>滚动一列的回答时，其他列滚动到相同位置</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="157"/>
        <source>Ask every column at once… (Ctrl+Enter sends)</source>
        <translation>同时询问所有列…（Ctrl+Enter 发送）</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="158"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="159"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="160"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="161"/>
        <source>New chat</source>
        <translation>新对话</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="162"/>
        <source>Forget the conversation and start again with the same columns</source>
        <translation>清除对话，用相同的列重新开始</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="163"/>
        <source>It&apos;s a tie</source>
        <translation>平局</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="164"/>
        <source>Keep a vote that no answer was better (every column rated 3)</source>
        <translation>保存一票表示没有更好的回答（每列 3 分）</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="165"/>
        <source>Add prompt to set…</source>
        <translation>将提示加入集合…</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="166"/>
        <source>Keep the last prompt in a prompt set, to replay it against more candidates later</source>
        <translation>将最后的提示保存到提示集，以便之后用更多候选重放</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="167"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="169"/>
        <source>Nothing to compare yet: add a provider with models on Providers &amp; Models, or open the demo workspace (File ▸ Open the demo workspace).</source>
        <translation>尚无可比较的内容：请在“提供方与模型”页添加带模型的提供方，或打开演示工作区（文件 ▸ 打开演示工作区）。</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="216"/>
        <source>Choose a model or a route for each column, type a message and send it to all of them.</source>
        <translation>为每列选择一个模型或路由，输入消息并发送给所有列。</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="300"/>
        <source>A new chat: type a message and send it to every column.</source>
        <translation>新对话：输入消息并发送给每一列。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="317"/>
        <source>Sent to %n column(s)…</source>
        <translation>
            <numerusform>已发送到 %n 列…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="328"/>
        <source>%1 is not a model or route of this workspace any more.</source>
        <translation>%1 已不再是此工作区的模型或路由。</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="340"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="386"/>
        <source>The vote could not be kept: %1</source>
        <translation>无法保存投票：%1</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="389"/>
        <source>Kept: a tie.</source>
        <translation>已保存：平局。</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="389"/>
        <source>Kept: %1 gave the better answer.</source>
        <translation>已保存：%1 的回答更好。</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="403"/>
        <source>%1: %2 won, %3 lost, %4 tied</source>
        <translation>%1：胜 %2，负 %3，平 %4</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="404"/>
        <source>Your votes so far — %1</source>
        <translation>目前的投票 — %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="432"/>
        <source>Added to “%1” (now %n prompt(s)).</source>
        <translation>
            <numerusform>已加入“%1”（现有 %n 个提示）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="433"/>
        <source>The prompt could not be added: %1</source>
        <translation>无法加入提示：%1</translation>
    </message>
</context>
<context>
    <name>sy::TrainRouterDialog</name>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="35"/>
        <source>&amp;Train</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="36"/>
        <source>&amp;Export policy…</source>
        <translation>导出策略(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="38"/>
        <source>Train a learned router</source>
        <translation>训练学习型路由器</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="46"/>
        <source>%1 (quality %2, $%3 per 1,000)</source>
        <translation>%1（质量 %2，每千次 $%3）</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="51"/>
        <source>Model pool</source>
        <translation>模型池</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="58"/>
        <source>Quality bar</source>
        <translation>质量门槛</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="59"/>
        <source>A model succeeds on a prompt when its quality there is at least this</source>
        <translation>模型在某个提示上的质量不低于此值即视为成功</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="62"/>
        <source>Cross-validation folds</source>
        <translation>交叉验证折数</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="63"/>
        <source>Cheapest model likely to succeed (threshold)</source>
        <translation>最可能成功的最便宜模型（阈值）</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="64"/>
        <source>Best value for a willingness to pay (λ)</source>
        <translation>按支付意愿取最优（λ）</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="65"/>
        <source>Routing rule</source>
        <translation>路由规则</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="66"/>
        <source>Quality against cost on held-out prompts</source>
        <translation>留出提示上的质量与成本</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="67"/>
        <source>USD per 1,000 requests</source>
        <translation>每千次请求美元</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="68"/>
        <source>mean quality</source>
        <translation>平均质量</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="70"/>
        <source>Cost–quality curve</source>
        <translation>成本-质量曲线</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="75"/>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="77"/>
        <source>Export policy</source>
        <translation>导出策略</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="80"/>
        <source>&amp;Models:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="81"/>
        <source>Quality &amp;bar:</source>
        <translation>质量门槛(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="82"/>
        <source>&amp;Folds:</source>
        <translation>折数(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="83"/>
        <source>&amp;Rule:</source>
        <translation>规则(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="105"/>
        <source>Export learned policy</source>
        <translation>导出学习型策略</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="105"/>
        <source>Policies (*.json)</source>
        <translation>策略 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="125"/>
        <source>Choose at least two models.</source>
        <translation>请至少选择两个模型。</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="133"/>
        <source>Training on %1 prompts with %2-fold cross-validation…</source>
        <translation>正在用 %2 折交叉验证在 %1 个提示上训练…</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="174"/>
        <source>Held out (%1 folds, %2 prompts, %3 s): APGR %4, CPT(50%) %5, CPT(80%) %6 between %7 and %8; AIQ %9 (zero router %10).</source>
        <translation>留出评估（%1 折，%2 个提示，%3 秒）：%7 与 %8 之间 APGR %4，CPT(50%) %5，CPT(80%) %6；AIQ %9（零路由器 %10）。</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="194"/>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="235"/>
        <source>threshold %1</source>
        <translation>阈值 %1</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="194"/>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="235"/>
        <source>λ %1</source>
        <translation>λ %1</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="196"/>
        <source>learned router (held out)</source>
        <translation>学习型路由器（留出）</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="199"/>
        <source>zero router (mixes of single models)</source>
        <translation>零路由器（单模型混合）</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="207"/>
        <source>single models</source>
        <translation>单个模型</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="215"/>
        <source>chosen for export</source>
        <translation>选定导出</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="234"/>
        <source>Export uses %1: mean quality %2 at $%3 per 1,000 requests on held-out prompts. Click a point of the curve to choose another.</source>
        <translation>导出使用 %1：在留出提示上平均质量 %2，每千次请求 $%3。点击曲线上的点可另选。</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="243"/>
        <source>Train first.</source>
        <translation>请先训练。</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="255"/>
        <source>Cannot export: %1</source>
        <translation>无法导出：%1</translation>
    </message>
</context>
<context>
    <name>sy::TrayController</name>
    <message>
        <location filename="../ui/shell/TrayController.cpp" line="23"/>
        <source>Serve policy</source>
        <translation>提供策略</translation>
    </message>
    <message>
        <location filename="../ui/shell/TrayController.cpp" line="33"/>
        <source>Show Switchyard</source>
        <translation>显示 Switchyard</translation>
    </message>
    <message>
        <location filename="../ui/shell/TrayController.cpp" line="34"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../ui/shell/TrayController.cpp" line="91"/>
        <source>Switchyard keeps serving</source>
        <translation>Switchyard 继续提供服务</translation>
    </message>
    <message>
        <location filename="../ui/shell/TrayController.cpp" line="92"/>
        <source>The proxy goes on serving at %1. Open Switchyard or quit it from this icon.</source>
        <translation>代理继续在 %1 提供服务。可通过此图标打开或退出 Switchyard。</translation>
    </message>
    <message>
        <location filename="../ui/shell/TrayController.cpp" line="104"/>
        <location filename="../ui/shell/TrayController.cpp" line="121"/>
        <source>Proxy stopped</source>
        <translation>代理已停止</translation>
    </message>
    <message>
        <location filename="../ui/shell/TrayController.cpp" line="105"/>
        <source>Serving %1 at %2
%3 requests in the last minute, %4 errors
Spend today: $%5</source>
        <translation>正在 %2 提供 %1
最近一分钟 %3 个请求，%4 个错误
今日花费：$%5</translation>
    </message>
    <message>
        <location filename="../ui/shell/TrayController.cpp" line="120"/>
        <source>Stop proxy</source>
        <translation>停止代理</translation>
    </message>
    <message>
        <location filename="../ui/shell/TrayController.cpp" line="120"/>
        <source>Start proxy</source>
        <translation>启动代理</translation>
    </message>
    <message>
        <location filename="../ui/shell/TrayController.cpp" line="121"/>
        <source>Serving %1</source>
        <translation>正在提供 %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/TrayController.cpp" line="149"/>
        <source>Circuit breaker opened</source>
        <translation>熔断器已断开</translation>
    </message>
    <message>
        <location filename="../ui/shell/TrayController.cpp" line="150"/>
        <source>%1/%2 failed repeatedly; requests skip it until it recovers.</source>
        <translation>%1/%2 多次失败；在其恢复前请求将跳过它。</translation>
    </message>
    <message>
        <location filename="../ui/shell/TrayController.cpp" line="154"/>
        <source>Daily budget reached</source>
        <translation>已达每日预算</translation>
    </message>
    <message>
        <location filename="../ui/shell/TrayController.cpp" line="154"/>
        <source>Spend today is $%1, over the budget of $%2.</source>
        <translation>今日花费 $%1，已超过 $%2 的预算。</translation>
    </message>
</context>
<context>
    <name>sy::TryRequestPanel</name>
    <message>
        <source>&amp;Route</source>
        <translation type="vanished">路由(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="48"/>
        <source>R&amp;oute</source>
        <translation>路由(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="49"/>
        <source>Show on diagram</source>
        <translation>在图中显示</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="51"/>
        <source>Pick a sample request…</source>
        <translation>选择示例请求…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="54"/>
        <source>Sample requests</source>
        <translation>示例请求</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="55"/>
        <source>OpenAI chat completions</source>
        <translation>OpenAI chat completions</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="56"/>
        <source>Anthropic messages</source>
        <translation>Anthropic messages</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="57"/>
        <source>Request format</source>
        <translation>请求格式</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="58"/>
        <source>headers, such as x-user-id: 42; x-tier: gold</source>
        <translation>请求头，例如 x-user-id: 42; x-tier: gold</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="59"/>
        <source>Request headers</source>
        <translation>请求头</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="61"/>
        <source>Paste a request body (JSON) here</source>
        <translation>在此粘贴请求正文（JSON）</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="62"/>
        <source>Request body</source>
        <translation>请求正文</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="64"/>
        <source>Route the request (Ctrl+Return); no model is called</source>
        <translation>路由该请求（Ctrl+Return）；不会调用任何模型</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="65"/>
        <source>Decision and trace</source>
        <translation>决策与轨迹</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="92"/>
        <source>Show the path this request took on the route diagram</source>
        <translation>在路由图上显示此请求经过的路径</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="98"/>
        <source>&lt;b&gt;Try a request&lt;/b&gt; — see the decision and its trace without calling any model</source>
        <translation>&lt;b&gt;试发请求&lt;/b&gt; — 查看决策及其轨迹，不调用任何模型</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="120"/>
        <source>Select a policy first.</source>
        <translation>请先选择一个策略。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="120"/>
        <source>The policy is not valid:
%1</source>
        <translation>策略无效：
%1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="132"/>
        <source>The request is not valid JSON: %1 at line %2, column %3.</source>
        <translation>请求不是有效的 JSON：第 %2 行第 %3 列 %1。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="133"/>
        <source>The request must be a JSON object.</source>
        <translation>请求必须是 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="148"/>
        <source>&lt;p&gt;&lt;b&gt;Targets:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;目标：&lt;/b&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="150"/>
        <source>&lt;p&gt;&lt;b&gt;If those are full:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;若它们已满：&lt;/b&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="152"/>
        <source>&lt;p&gt;&lt;b&gt;No route is called %1.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;没有名为 %1 的路由。&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="154"/>
        <source>&lt;p&gt;&lt;b&gt;No target could be chosen.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;无法选出目标。&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="156"/>
        <source>&lt;p&gt;&lt;b&gt;Features:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;特征：&lt;/b&gt;%1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sy::UserGuideDialog</name>
    <message>
        <location filename="../ui/dialogs/UserGuideDialog.cpp" line="14"/>
        <source>Switchyard user guide</source>
        <translation>Switchyard 用户指南</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/UserGuideDialog.cpp" line="17"/>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/UserGuideDialog.cpp" line="29"/>
        <source>The user guide is missing from this build.</source>
        <translation>此版本缺少用户指南。</translation>
    </message>
</context>
<context>
    <name>sy::WelcomePage</name>
    <message>
        <location filename="../ui/pages/WelcomePage.cpp" line="90"/>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <location filename="../ui/pages/WelcomePage.cpp" line="108"/>
        <source>Welcome to Switchyard</source>
        <translation>欢迎使用 Switchyard</translation>
    </message>
    <message>
        <location filename="../ui/pages/WelcomePage.cpp" line="109"/>
        <source>Send each LLM request to the right model: design a routing policy, replay real prompts through the candidates, compare cost, latency and quality on one chart, and serve the winner from a local proxy that speaks the OpenAI and Anthropic APIs.</source>
        <translation>把每个 LLM 请求发给合适的模型：设计路由策略，用候选重放真实提示，在一张图上比较费用、延迟和质量，并通过支持 OpenAI 和 Anthropic API 的本地代理提供胜出者。</translation>
    </message>
    <message>
        <location filename="../ui/pages/WelcomePage.cpp" line="112"/>
        <source>Try the demo</source>
        <translation>试用演示</translation>
    </message>
    <message>
        <location filename="../ui/pages/WelcomePage.cpp" line="113"/>
        <source>A guided tour of five steps on simulated providers, no API key needed: look at a policy, serve it, watch traffic flow through it, replay a prompt set against two alternatives and compare them on the chart.</source>
        <translation>基于模拟提供方的五步导览，无需 API 密钥：查看策略、提供服务、观察流量、用提示集重放两个备选并在图表上比较。</translation>
    </message>
    <message>
        <location filename="../ui/pages/WelcomePage.cpp" line="116"/>
        <source>Start the guided tour</source>
        <translation>开始导览</translation>
    </message>
    <message>
        <location filename="../ui/pages/WelcomePage.cpp" line="117"/>
        <source>Connect a provider</source>
        <translation>连接提供方</translation>
    </message>
    <message>
        <location filename="../ui/pages/WelcomePage.cpp" line="118"/>
        <source>Presets for OpenAI, Anthropic, Groq, Together, Mistral, DeepSeek, OpenRouter and local servers fill in the address and the known models with their prices. Keys are never stored: the provider names an environment variable or a keychain entry. Servers on this machine (llama.cpp, Ollama, LM Studio, vLLM) are found on their default ports.</source>
        <translation>OpenAI、Anthropic、Groq、Together、Mistral、DeepSeek、OpenRouter 和本地服务器的预设会填入地址及已知模型和价格。密钥从不保存：提供方只引用环境变量或钥匙串条目。本机的服务器（llama.cpp、Ollama、LM Studio、vLLM）可在其默认端口上找到。</translation>
    </message>
    <message>
        <location filename="../ui/pages/WelcomePage.cpp" line="122"/>
        <source>Add a provider…</source>
        <translation>添加提供方…</translation>
    </message>
    <message>
        <location filename="../ui/pages/WelcomePage.cpp" line="123"/>
        <source>Find local servers</source>
        <translation>查找本地服务器</translation>
    </message>
    <message>
        <location filename="../ui/pages/WelcomePage.cpp" line="124"/>
        <source>Import a policy</source>
        <translation>导入策略</translation>
    </message>
    <message>
        <location filename="../ui/pages/WelcomePage.cpp" line="125"/>
        <source>Open a policy file (JSON) made elsewhere or exported from another workspace; it opens in the policy editor, where it is checked before it is saved.</source>
        <translation>打开在别处制作或从其他工作区导出的策略文件（JSON）；它会在策略编辑器中打开，保存前会被检查。</translation>
    </message>
    <message>
        <location filename="../ui/pages/WelcomePage.cpp" line="127"/>
        <source>Import a policy file…</source>
        <translation>导入策略文件…</translation>
    </message>
    <message>
        <location filename="../ui/pages/WelcomePage.cpp" line="128"/>
        <source>Show this page when Switchyard starts</source>
        <translation>启动 Switchyard 时显示此页</translation>
    </message>
    <message>
        <location filename="../ui/pages/WelcomePage.cpp" line="144"/>
        <source>Looking on this machine: %1…</source>
        <translation>正在本机查找：%1…</translation>
    </message>
    <message>
        <location filename="../ui/pages/WelcomePage.cpp" line="165"/>
        <source>No model server answered on this machine&apos;s default ports (%1). Start one, or add a provider with its own address.</source>
        <translation>本机默认端口上没有模型服务器应答（%1）。请启动一个，或添加带自有地址的提供方。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/WelcomePage.cpp" line="170"/>
        <source>Found %n server(s) on this machine:</source>
        <translation>
            <numerusform>在本机找到 %n 个服务器：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/WelcomePage.cpp" line="174"/>
        <source>&lt;b&gt;%1&lt;/b&gt; at %2: %n model(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; 位于 %2：%n 个模型</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/WelcomePage.cpp" line="176"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../ui/pages/WelcomePage.cpp" line="178"/>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/WelcomePage.cpp" line="182"/>
        <source>Added</source>
        <translation>已添加</translation>
    </message>
</context>
<context>
    <name>sy::WorkspaceSession</name>
    <message>
        <location filename="../ui/session/WorkspaceSession.cpp" line="96"/>
        <source>The simulated providers could not start: %1</source>
        <translation>模拟提供方无法启动：%1</translation>
    </message>
    <message>
        <location filename="../ui/session/WorkspaceSession.cpp" line="208"/>
        <location filename="../ui/session/WorkspaceSession.cpp" line="233"/>
        <source>no workspace is open</source>
        <translation>没有打开的工作区</translation>
    </message>
    <message>
        <location filename="../ui/session/WorkspaceSession.cpp" line="248"/>
        <source>The provider could not be saved: %1</source>
        <translation>无法保存提供方：%1</translation>
    </message>
    <message>
        <location filename="../ui/session/WorkspaceSession.cpp" line="259"/>
        <source>The provider could not be removed: %1</source>
        <translation>无法删除提供方：%1</translation>
    </message>
    <message>
        <location filename="../ui/session/WorkspaceSession.cpp" line="292"/>
        <source>No workspace is open.</source>
        <translation>没有打开的工作区。</translation>
    </message>
</context>
</TS>
