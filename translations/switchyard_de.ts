<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>TryRequestPanel</name>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="32"/>
        <source>Short question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="34"/>
        <source>Code review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="36"/>
        <source>Tool use, streamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="38"/>
        <source>Anthropic format</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="43"/>
        <source>Switchyard LLM routing workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="46"/>
        <source>Open the demo workspace (created on first use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="47"/>
        <source>Open this workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="50"/>
        <source>Start, wait until the workspace is loaded, report, and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="52"/>
        <source>Save a screenshot of every page, with live traffic, into FOLDER, and quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sy::ChartWidget</name>
    <message>
        <location filename="../ui/charts/ChartWidget.cpp" line="197"/>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartWidget.cpp" line="198"/>
        <source>Save as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartWidget.cpp" line="203"/>
        <source>Save chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartWidget.cpp" line="203"/>
        <source>Save chart as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartWidget.cpp" line="204"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartWidget.cpp" line="204"/>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartWidget.cpp" line="208"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartWidget.cpp" line="208"/>
        <source>The chart could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sy::ConditionEditor</name>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="84"/>
        <source>Nested condition: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="86"/>
        <source>Edit condition as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="96"/>
        <source>Match all of these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="97"/>
        <source>Match any of these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="99"/>
        <source>How clauses combine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="104"/>
        <source>Add clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="116"/>
        <source>JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="117"/>
        <source>Edit condition as JSON (for nested groups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="161"/>
        <source>not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="163"/>
        <source>Negate clause %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="165"/>
        <source>Field of clause %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="170"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="171"/>
        <source>Header or metadata name of clause %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="173"/>
        <source>Operator of clause %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="175"/>
        <source>Value of clause %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="179"/>
        <source>Remove clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="180"/>
        <source>Remove clause %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="193"/>
        <source>comma-separated values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="193"/>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sy::JsonEditDialog</name>
    <message>
        <location filename="../ui/dialogs/JsonEditDialog.cpp" line="23"/>
        <location filename="../ui/dialogs/JsonEditDialog.cpp" line="69"/>
        <source>Edit policy as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/JsonEditDialog.cpp" line="23"/>
        <source>Edit %1 as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/JsonEditDialog.cpp" line="26"/>
        <source>JSON text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/JsonEditDialog.cpp" line="41"/>
        <source>Changes are checked when applied and can be undone like any other edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/JsonEditDialog.cpp" line="60"/>
        <source>%1 is no longer in the policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/JsonEditDialog.cpp" line="69"/>
        <source>Edit as JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sy::LiveTrafficModel</name>
    <message>
        <location filename="../ui/models/LiveTrafficModel.cpp" line="19"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/LiveTrafficModel.cpp" line="20"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/LiveTrafficModel.cpp" line="21"/>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/LiveTrafficModel.cpp" line="22"/>
        <source>Arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/LiveTrafficModel.cpp" line="23"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/LiveTrafficModel.cpp" line="24"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/LiveTrafficModel.cpp" line="25"/>
        <source>Latency (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/LiveTrafficModel.cpp" line="26"/>
        <source>TTFT (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/LiveTrafficModel.cpp" line="27"/>
        <source>Tokens in / out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/LiveTrafficModel.cpp" line="28"/>
        <source>Cost (USD)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sy::LiveTrafficPage</name>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="36"/>
        <source>Policy to serve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="37"/>
        <source>Listen address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="38"/>
        <source>Address and port, such as 127.0.0.1:4000; port 0 picks a free one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="42"/>
        <source>Policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="44"/>
        <source>Listen on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="49"/>
        <source>Search client, route, model, error…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="50"/>
        <source>Search requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="52"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="52"/>
        <source>Successes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="52"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="53"/>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="54"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="62"/>
        <source>Recent requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="72"/>
        <source>Request details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="73"/>
        <source>Select a request to see its decision trace, attempts and bodies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="75"/>
        <source>Requests per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="76"/>
        <source>requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="77"/>
        <source>Latency (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="78"/>
        <source>p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="79"/>
        <source>p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="80"/>
        <source>Spend (USD, cumulative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="126"/>
        <source>The listen address must look like 127.0.0.1:4000, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="131"/>
        <source>There is no policy to serve yet: create one on the Policies page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="142"/>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="203"/>
        <source>Policy &quot;%1&quot; cannot be served:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="152"/>
        <source>The environment variable %1 (Settings) holds no client keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="216"/>
        <source>Stop proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="216"/>
        <source>Start proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="219"/>
        <source>Serving %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="220"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="220"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="265"/>
        <source>&lt;p&gt;Status %1, %2 attempt(s), %3 ms, first token %4, %5 in / %6 out tokens, $%7&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="269"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="269"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="274"/>
        <source>Error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="275"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="288"/>
        <source>Decision trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="290"/>
        <source>Request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="292"/>
        <source>Response body</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sy::MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="43"/>
        <location filename="../ui/shell/MainWindow.cpp" line="111"/>
        <location filename="../ui/shell/MainWindow.cpp" line="156"/>
        <source>Switchyard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="45"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="46"/>
        <source>Providers &amp; Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="47"/>
        <source>Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="48"/>
        <source>Live Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="49"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="68"/>
        <source>Opening workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="70"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="71"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="74"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="76"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="95"/>
        <source>Workspace %1 — simulated providers at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="98"/>
        <source>Could not open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="157"/>
        <source>The proxy is serving at %1. Closing the window stops it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="159"/>
        <source>Stop proxy and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="160"/>
        <source>Keep running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sy::NodeForm</name>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="28"/>
        <source>Target: one model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="29"/>
        <source>Fallback chain: tries each step in order until one succeeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="30"/>
        <source>Weighted split: sends each request to one arm by weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="31"/>
        <source>Conditional: the first rule that matches decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="32"/>
        <source>Route reference: continues in another route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="33"/>
        <source>Selector: a method picks one candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="41"/>
        <source>connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="42"/>
        <source>timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="43"/>
        <source>rate limited (429)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="44"/>
        <source>server error (5xx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="45"/>
        <source>client error (4xx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="46"/>
        <source>stream failed before its first token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="59"/>
        <source>Node properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="105"/>
        <source>Select a node in the tree or the diagram to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="116"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="125"/>
        <source>optional, shown in traces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="127"/>
        <source>Rename node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="129"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="144"/>
        <source>Edit node as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="179"/>
        <location filename="../ui/editor/NodeForm.cpp" line="327"/>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="190"/>
        <source>Step %1 of %2 in the fallback chain. Drag it in the tree, or use Move up and Move down, to change the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="198"/>
        <source>Used when the selector cannot decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="199"/>
        <source>Used when no rule matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="211"/>
        <source>Rename rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="213"/>
        <source>Rule name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="217"/>
        <source>Change condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="224"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="238"/>
        <source>Rename arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="240"/>
        <source>Arm label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="259"/>
        <source>Change model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="261"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="263"/>
        <location filename="../ui/editor/NodeForm.cpp" line="276"/>
        <location filename="../ui/editor/NodeForm.cpp" line="281"/>
        <location filename="../ui/editor/NodeForm.cpp" line="294"/>
        <location filename="../ui/editor/NodeForm.cpp" line="338"/>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="266"/>
        <source>Change timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="268"/>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="273"/>
        <source>Change retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="275"/>
        <source>Retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="278"/>
        <location filename="../ui/editor/NodeForm.cpp" line="284"/>
        <source>Change backoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="280"/>
        <source>First backoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="286"/>
        <source>Longest backoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="290"/>
        <source>Change concurrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="292"/>
        <source>Most in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="293"/>
        <source>Beyond this many requests in flight the target counts as full and a fallback bursts past it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="296"/>
        <source>Change queue wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="298"/>
        <source>Wait for a slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="300"/>
        <source>Circuit breaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="307"/>
        <source>Add circuit breaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="307"/>
        <source>Remove circuit breaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="315"/>
        <location filename="../ui/editor/NodeForm.cpp" line="330"/>
        <source>Change circuit breaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="322"/>
        <source>Open after failures in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="335"/>
        <source>Or error rate above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="336"/>
        <source>Over a window of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="336"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="337"/>
        <source>With at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="337"/>
        <source> requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="338"/>
        <source>Stay open for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="343"/>
        <source>Request parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="349"/>
        <source>Only after these failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="352"/>
        <source>When unchecked: after the usual failures (connection, timeout, 429, 5xx, broken stream).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="359"/>
        <location filename="../ui/editor/NodeForm.cpp" line="368"/>
        <source>Change when to fall back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="372"/>
        <source>Move on</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/NodeForm.cpp" line="373"/>
        <source>%n step(s). Add steps with Add ▸ while this chain is selected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="386"/>
        <source>random per request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="388"/>
        <source>Change sticky key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="390"/>
        <source>Keep a client on one arm by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="392"/>
        <source>change to reshuffle assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="394"/>
        <source>Change salt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="396"/>
        <source>Experiment salt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="412"/>
        <source>Weight of arm %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="417"/>
        <source>Weight of arm %1 in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="423"/>
        <source>Change weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="435"/>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="455"/>
        <source>Total: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/NodeForm.cpp" line="460"/>
        <source>%n rule(s), checked from the top; %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="461"/>
        <source>a default when none matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="461"/>
        <source>no default: unmatched requests fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="475"/>
        <source>Change route reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="477"/>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="487"/>
        <source>Change selector method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="489"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="490"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="493"/>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sy::PoliciesPage</name>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="51"/>
        <location filename="../ui/pages/PoliciesPage.cpp" line="393"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="53"/>
        <source>&lt;h2&gt;Policies&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="56"/>
        <source>Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="57"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="59"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="64"/>
        <source>Saved &amp;policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="76"/>
        <source>Policy name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="77"/>
        <source>Saving under a new name keeps the old policy and starts a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="79"/>
        <source>Version comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="80"/>
        <source>what changed (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="83"/>
        <source>Save policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="88"/>
        <source>Save as a new version (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="89"/>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="91"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="94"/>
        <source>N&amp;ame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="147"/>
        <source>Import policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="147"/>
        <source>Policy files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="154"/>
        <source>Export policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="155"/>
        <source>Policy files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="165"/>
        <source>Rename policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="189"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="190"/>
        <source>&quot;%1&quot; has changes that are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="217"/>
        <source>workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="227"/>
        <source>&quot;%1&quot; from the %2 cannot be opened: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/PoliciesPage.cpp" line="233"/>
        <source>Opened with %n problem(s); they are listed below the editor.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="265"/>
        <source>New policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="266"/>
        <source>A new policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="269"/>
        <source>New policy: build its routes, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="280"/>
        <source>Give the policy a name before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/PoliciesPage.cpp" line="285"/>
        <source>Not saved: %n problem(s) to fix first (listed below the editor).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="298"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="306"/>
        <source>Saved &quot;%1&quot; as version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="322"/>
        <source>Version %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="325"/>
        <source>Open version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="326"/>
        <source>Version %1 is in the editor; save to make it the latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="346"/>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="353"/>
        <source>%1 is not a policy file:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="358"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/PoliciesPage.cpp" line="361"/>
        <source>Imported %1 (%n problem(s)); save to keep it in the workspace.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="380"/>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="381"/>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="393"/>
        <source>Save*</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sy::PolicyEditor</name>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="40"/>
        <source>&amp;Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="41"/>
        <source>&amp;Fallback chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="42"/>
        <source>&amp;Weighted split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="43"/>
        <source>&amp;Conditional (rules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="44"/>
        <source>&amp;Route reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="45"/>
        <source>&amp;Selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="69"/>
        <source>&amp;Routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="72"/>
        <source>Routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="74"/>
        <location filename="../ui/editor/PolicyEditor.cpp" line="137"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="77"/>
        <source>Add a route (a model name clients can ask for)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="78"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="79"/>
        <source>Duplicate the selected route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="80"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="91"/>
        <source>Route alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="92"/>
        <source>what clients put in &quot;model&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="93"/>
        <source>Route description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="94"/>
        <source>what this route is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="95"/>
        <source>&amp;Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="97"/>
        <source>D&amp;escription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="110"/>
        <source>Rename route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="119"/>
        <source>Describe route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="140"/>
        <source>Add ▸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="142"/>
        <source>Add a rule, fallback step or arm under the selected node (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="146"/>
        <source>Wrap in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="151"/>
        <source>Wrap in ▸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="152"/>
        <source>Put the selected node inside a new fallback chain, split or set of rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="163"/>
        <source>Route tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="198"/>
        <source>Route JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="201"/>
        <source>Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="202"/>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="203"/>
        <source>Try a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="219"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="254"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="257"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="279"/>
        <location filename="../ui/editor/PolicyEditor.cpp" line="498"/>
        <source>Set default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="280"/>
        <source>Give the selected conditional a branch for requests no rule matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="282"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="286"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="290"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="294"/>
        <source>Edit as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="326"/>
        <source>(no alias)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/PolicyEditor.cpp" line="330"/>
        <source>%n problem(s) in this route</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="448"/>
        <source>No problems: this policy can be saved and served.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="472"/>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="488"/>
        <source>Wrap in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="511"/>
        <source>Delete node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="532"/>
        <source>Add route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="554"/>
        <source>Duplicate route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="573"/>
        <source>Remove route</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sy::PolicyHistoryDialog</name>
    <message>
        <location filename="../ui/dialogs/PolicyHistoryDialog.cpp" line="22"/>
        <source>Open this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PolicyHistoryDialog.cpp" line="24"/>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PolicyHistoryDialog.cpp" line="26"/>
        <source>Older version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PolicyHistoryDialog.cpp" line="27"/>
        <source>Newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PolicyHistoryDialog.cpp" line="30"/>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PolicyHistoryDialog.cpp" line="34"/>
        <source>Load the newer version into the editor; saving it makes it the latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PolicyHistoryDialog.cpp" line="36"/>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PolicyHistoryDialog.cpp" line="37"/>
        <source>&amp;with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PolicyHistoryDialog.cpp" line="64"/>
        <source>Version %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PolicyHistoryDialog.cpp" line="65"/>
        <source>Version %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PolicyHistoryDialog.cpp" line="115"/>
        <source>The two versions are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PolicyHistoryDialog.cpp" line="116"/>
        <source>%1 lines added, %2 removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sy::PolicyListModel</name>
    <message>
        <location filename="../ui/models/PolicyListModel.cpp" line="25"/>
        <source>%1 (v%2, active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PolicyListModel.cpp" line="25"/>
        <source>%1 (v%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sy::ProviderDialog</name>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="34"/>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="35"/>
        <source>&amp;Add listed models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="38"/>
        <source>Add provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="38"/>
        <source>Edit provider %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="41"/>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="44"/>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="45"/>
        <source>OpenAI-compatible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="46"/>
        <source>Anthropic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="48"/>
        <source>a short name, such as openai or local-llama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="50"/>
        <source>No key (local server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="51"/>
        <source>Environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="52"/>
        <source>Keychain entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="54"/>
        <source>variable or entry name, such as OPENAI_API_KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="56"/>
        <source>Provider id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="56"/>
        <source>API kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="56"/>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="57"/>
        <source>Credential source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="57"/>
        <source>Credential name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="59"/>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="59"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="61"/>
        <source>Extra headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="68"/>
        <source>Add header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="71"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="71"/>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="71"/>
        <source>Input $/Mtok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="71"/>
        <source>Output $/Mtok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="71"/>
        <source>Cached $/Mtok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="72"/>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="72"/>
        <source>Capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="77"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="78"/>
        <source>Capabilities: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="80"/>
        <source>Add model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="81"/>
        <source>Remove model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="99"/>
        <source>Problem with the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="102"/>
        <source>&amp;Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="103"/>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="104"/>
        <source>&amp;API:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="105"/>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="109"/>
        <source>&amp;Credential:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="123"/>
        <source>Extra headers sent with every request (never keys: use the credential):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="144"/>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="288"/>
        <source>✗ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="148"/>
        <source>✓ %n model(s) in %1 ms: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="242"/>
        <source>The provider needs an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="245"/>
        <source>The id may use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only (it is written before a &apos;/&apos; in model names).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="247"/>
        <source>Another provider is already called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="250"/>
        <source>The base URL must be an http:// or https:// address, such as https://api.openai.com/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="253"/>
        <source>Name the %1 that holds the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="253"/>
        <source>environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="253"/>
        <source>keychain entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="257"/>
        <source>The model %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="276"/>
        <source>Asking %1/models…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sy::ProviderModelTableModel</name>
    <message>
        <location filename="../ui/models/ProviderModelTableModel.cpp" line="70"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ProviderModelTableModel.cpp" line="71"/>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ProviderModelTableModel.cpp" line="72"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ProviderModelTableModel.cpp" line="73"/>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ProviderModelTableModel.cpp" line="74"/>
        <source>Input $/Mtok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ProviderModelTableModel.cpp" line="75"/>
        <source>Output $/Mtok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ProviderModelTableModel.cpp" line="76"/>
        <source>Cached $/Mtok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ProviderModelTableModel.cpp" line="77"/>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ProviderModelTableModel.cpp" line="78"/>
        <source>Capabilities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sy::ProvidersPage</name>
    <message>
        <location filename="../ui/pages/ProvidersPage.cpp" line="18"/>
        <source>&amp;Add provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/ProvidersPage.cpp" line="18"/>
        <source>&amp;Edit provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/ProvidersPage.cpp" line="19"/>
        <source>&amp;Remove provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/ProvidersPage.cpp" line="21"/>
        <source>&lt;h2&gt;Providers &amp;amp; Models&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/ProvidersPage.cpp" line="22"/>
        <source>Filter models, providers, capabilities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/ProvidersPage.cpp" line="24"/>
        <source>Filter models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/ProvidersPage.cpp" line="32"/>
        <source>Models and their prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/ProvidersPage.cpp" line="45"/>
        <source>Add a provider (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/ProvidersPage.cpp" line="110"/>
        <source>Remove provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/ProvidersPage.cpp" line="111"/>
        <source>Remove %1 and its models from the workspace? Policies that use it will no longer validate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sy::RouteDiagram</name>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="42"/>
        <source>otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="78"/>
        <source>$%1 / $%2 per Mtok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="113"/>
        <source>Route diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="212"/>
        <source>requested model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="222"/>
        <source>(no model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="225"/>
        <source>fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="225"/>
        <source>in order until one succeeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="226"/>
        <source>split by weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="226"/>
        <source>random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="226"/>
        <source>sticky: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="227"/>
        <source>rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="227"/>
        <source>first match wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="228"/>
        <source>→ route &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="229"/>
        <source>selector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sy::RouteTreeModel</name>
    <message>
        <location filename="../ui/models/RouteTreeModel.cpp" line="142"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/RouteTreeModel.cpp" line="147"/>
        <source>Try first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/RouteTreeModel.cpp" line="147"/>
        <source>Then try %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/RouteTreeModel.cpp" line="150"/>
        <source>If %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/RouteTreeModel.cpp" line="151"/>
        <source>If %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/RouteTreeModel.cpp" line="156"/>
        <source>Candidate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/RouteTreeModel.cpp" line="157"/>
        <source>Arm %1 · %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/RouteTreeModel.cpp" line="159"/>
        <source>When unsure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/RouteTreeModel.cpp" line="159"/>
        <source>Otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/RouteTreeModel.cpp" line="168"/>
        <source>Target (no model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/RouteTreeModel.cpp" line="169"/>
        <source>Fallback chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/RouteTreeModel.cpp" line="170"/>
        <source>Weighted split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/RouteTreeModel.cpp" line="171"/>
        <source>Conditional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/RouteTreeModel.cpp" line="172"/>
        <source>Route &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/RouteTreeModel.cpp" line="173"/>
        <source>Selector (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/RouteTreeModel.cpp" line="209"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/RouteTreeModel.cpp" line="209"/>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/RouteTreeModel.cpp" line="299"/>
        <source>Move node</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sy::SettingsPage</name>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="53"/>
        <source>Store request and response bodies in the request log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="55"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="60"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="61"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="62"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="63"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="65"/>
        <source>Colour theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="67"/>
        <source>none: the proxy then listens on loopback only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="68"/>
        <source>Client keys variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="69"/>
        <source>An environment variable holding the keys clients must send (comma-separated). Keys are never stored by Switchyard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="74"/>
        <source>no budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="76"/>
        <source>Daily budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="79"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="80"/>
        <source>&lt;small&gt;Takes effect the next time Switchyard starts.&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="81"/>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="82"/>
        <source>Client &amp;keys variable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="84"/>
        <source>Daily &amp;budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="86"/>
        <source>&lt;h2&gt;Settings&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sy::TrayController</name>
    <message>
        <location filename="../ui/shell/TrayController.cpp" line="20"/>
        <source>Serve policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/TrayController.cpp" line="28"/>
        <source>Show Switchyard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/TrayController.cpp" line="29"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/TrayController.cpp" line="66"/>
        <location filename="../ui/shell/TrayController.cpp" line="83"/>
        <source>Proxy stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/TrayController.cpp" line="67"/>
        <source>Serving %1 at %2
%3 requests in the last minute, %4 errors
Spend today: $%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/TrayController.cpp" line="82"/>
        <source>Stop proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/TrayController.cpp" line="82"/>
        <source>Start proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/TrayController.cpp" line="83"/>
        <source>Serving %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/TrayController.cpp" line="104"/>
        <source>Circuit breaker opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/TrayController.cpp" line="105"/>
        <source>%1/%2 failed repeatedly; requests skip it until it recovers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/TrayController.cpp" line="109"/>
        <source>Daily budget reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/TrayController.cpp" line="109"/>
        <source>Spend today is $%1, over the budget of $%2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sy::TryRequestPanel</name>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="46"/>
        <source>&amp;Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="48"/>
        <source>Pick a sample request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="51"/>
        <source>Sample requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="52"/>
        <source>OpenAI chat completions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="53"/>
        <source>Anthropic messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="54"/>
        <source>Request format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="55"/>
        <source>headers, such as x-user-id: 42; x-tier: gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="56"/>
        <source>Request headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="58"/>
        <source>Paste a request body (JSON) here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="59"/>
        <source>Request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="61"/>
        <source>Route the request (Ctrl+Return); no model is called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="62"/>
        <source>Decision and trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="84"/>
        <source>&lt;b&gt;Try a request&lt;/b&gt; — see the decision and its trace without calling any model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="106"/>
        <source>Select a policy first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="106"/>
        <source>The policy is not valid:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="118"/>
        <source>The request is not valid JSON: %1 at line %2, column %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="119"/>
        <source>The request must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="131"/>
        <source>&lt;p&gt;&lt;b&gt;Targets:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="133"/>
        <source>&lt;p&gt;&lt;b&gt;If those are full:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="135"/>
        <source>&lt;p&gt;&lt;b&gt;No route is called %1.&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="137"/>
        <source>&lt;p&gt;&lt;b&gt;No target could be chosen.&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="139"/>
        <source>&lt;p&gt;&lt;b&gt;Features:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sy::WorkspaceSession</name>
    <message>
        <location filename="../ui/shell/WorkspaceSession.cpp" line="48"/>
        <source>The simulated providers could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceSession.cpp" line="83"/>
        <source>The provider could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceSession.cpp" line="94"/>
        <source>The provider could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceSession.cpp" line="132"/>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
