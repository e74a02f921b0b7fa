<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="42"/>
        <source>Switchyard LLM routing workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="45"/>
        <source>Open the demo workspace (created on first use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="46"/>
        <source>Open this workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="49"/>
        <source>Start, wait until the workspace is loaded, report, and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="51"/>
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
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="185"/>
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
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="196"/>
        <source>Stop proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="196"/>
        <source>Start proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="199"/>
        <source>Serving %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="200"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="200"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="245"/>
        <source>&lt;p&gt;Status %1, %2 attempt(s), %3 ms, first token %4, %5 in / %6 out tokens, $%7&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="249"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="249"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="254"/>
        <source>Error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="255"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="268"/>
        <source>Decision trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="270"/>
        <source>Request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="272"/>
        <source>Response body</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sy::MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="43"/>
        <location filename="../ui/shell/MainWindow.cpp" line="107"/>
        <location filename="../ui/shell/MainWindow.cpp" line="152"/>
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
        <location filename="../ui/shell/MainWindow.cpp" line="67"/>
        <source>Opening workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="69"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="70"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="73"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="75"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="91"/>
        <source>Workspace %1 — simulated providers at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="94"/>
        <source>Could not open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="153"/>
        <source>The proxy is serving at %1. Closing the window stops it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="155"/>
        <source>Stop proxy and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="156"/>
        <source>Keep running</source>
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
    <name>sy::ProviderDialog</name>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="53"/>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="54"/>
        <source>&amp;Add listed models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="57"/>
        <source>Add provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="57"/>
        <source>Edit provider %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="60"/>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="63"/>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="64"/>
        <source>OpenAI-compatible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="65"/>
        <source>Anthropic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="67"/>
        <source>a short name, such as openai or local-llama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="69"/>
        <source>No key (local server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="70"/>
        <source>Environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="71"/>
        <source>Keychain entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="73"/>
        <source>variable or entry name, such as OPENAI_API_KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="75"/>
        <source>Provider id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="75"/>
        <source>API kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="75"/>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="76"/>
        <source>Credential source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="76"/>
        <source>Credential name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="78"/>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="78"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="80"/>
        <source>Extra headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="87"/>
        <source>Add header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="90"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="90"/>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="90"/>
        <source>Input $/Mtok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="90"/>
        <source>Output $/Mtok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="90"/>
        <source>Cached $/Mtok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="91"/>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="91"/>
        <source>Capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="96"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="97"/>
        <source>Capabilities: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="99"/>
        <source>Add model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="100"/>
        <source>Remove model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="118"/>
        <source>Problem with the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="121"/>
        <source>&amp;Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="122"/>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="123"/>
        <source>&amp;API:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="124"/>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="128"/>
        <source>&amp;Credential:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="142"/>
        <source>Extra headers sent with every request (never keys: use the credential):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="163"/>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="307"/>
        <source>✗ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="167"/>
        <source>✓ %n model(s) in %1 ms: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="261"/>
        <source>The provider needs an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="264"/>
        <source>The id may use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only (it is written before a &apos;/&apos; in model names).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="266"/>
        <source>Another provider is already called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="269"/>
        <source>The base URL must be an http:// or https:// address, such as https://api.openai.com/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="272"/>
        <source>Name the %1 that holds the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="272"/>
        <source>environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="272"/>
        <source>keychain entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="276"/>
        <source>The model %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="295"/>
        <source>Asking %1/models…</source>
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
        <location filename="../ui/shell/TrayController.cpp" line="64"/>
        <location filename="../ui/shell/TrayController.cpp" line="81"/>
        <source>Proxy stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/TrayController.cpp" line="65"/>
        <source>Serving %1 at %2
%3 requests in the last minute, %4 errors
Spend today: $%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/TrayController.cpp" line="80"/>
        <source>Stop proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/TrayController.cpp" line="80"/>
        <source>Start proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/TrayController.cpp" line="81"/>
        <source>Serving %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/TrayController.cpp" line="102"/>
        <source>Circuit breaker opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/TrayController.cpp" line="103"/>
        <source>%1/%2 failed repeatedly; requests skip it until it recovers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/TrayController.cpp" line="107"/>
        <source>Daily budget reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/TrayController.cpp" line="107"/>
        <source>Spend today is $%1, over the budget of $%2.</source>
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
</context>
</TS>
