<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="30"/>
        <source>Switchyard LLM routing workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="33"/>
        <source>Open the demo workspace (created on first use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="34"/>
        <source>Open this workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="37"/>
        <source>Start, wait until the workspace is loaded, report, and quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sy::MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="31"/>
        <location filename="../ui/shell/MainWindow.cpp" line="70"/>
        <source>Switchyard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="33"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="34"/>
        <source>Providers &amp; Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="35"/>
        <source>Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="47"/>
        <source>Opening workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="49"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="50"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="53"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="55"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="66"/>
        <source>Workspace %1 — simulated providers at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="69"/>
        <source>Could not open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sy::PoliciesPage</name>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="17"/>
        <source>&lt;h2&gt;Policies&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="20"/>
        <source>Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="22"/>
        <source>Policy file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="24"/>
        <source>Select a policy to see its file.</source>
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
    <name>sy::ProviderModelTableModel</name>
    <message>
        <location filename="../ui/models/ProviderModelTableModel.cpp" line="75"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ProviderModelTableModel.cpp" line="76"/>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ProviderModelTableModel.cpp" line="77"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ProviderModelTableModel.cpp" line="78"/>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ProviderModelTableModel.cpp" line="79"/>
        <source>Input $/Mtok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ProviderModelTableModel.cpp" line="80"/>
        <source>Output $/Mtok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ProviderModelTableModel.cpp" line="81"/>
        <source>Cached $/Mtok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ProviderModelTableModel.cpp" line="82"/>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ProviderModelTableModel.cpp" line="83"/>
        <source>Capabilities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sy::ProvidersPage</name>
    <message>
        <location filename="../ui/pages/ProvidersPage.cpp" line="17"/>
        <source>&lt;h2&gt;Providers &amp;amp; Models&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/ProvidersPage.cpp" line="18"/>
        <source>Filter models, providers, capabilities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/ProvidersPage.cpp" line="20"/>
        <source>Filter models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/ProvidersPage.cpp" line="28"/>
        <source>Models and their prices</source>
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
</context>
</TS>
