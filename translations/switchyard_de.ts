<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>QObject</name>
    <message numerus="yes">
        <location filename="../ui/replayview/ReplayPage.cpp" line="56"/>
        <source>#%1 %2 — %3 · %4 · %n result(s)</source>
        <translation>
            <numerusform>#%1 %2 — %3 · %4 · %n Ergebnis</numerusform>
            <numerusform>#%1 %2 — %3 · %4 · %n Ergebnisse</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="382"/>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="343"/>
        <source>no keychain in this session for %1</source>
        <translation>kein Schlüsselbund in dieser Sitzung für %1</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="29"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>SelectorParamsForm</name>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="58"/>
        <source>No trained model yet: load one made by Train router… or switchyard-cli train.</source>
        <translation>Noch kein trainiertes Modell: Laden Sie eines, das mit Router trainieren… oder switchyard-cli train erstellt wurde.</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="62"/>
        <source>Trained for %1 (quality bar %2)</source>
        <translation>Trainiert für %1 (Qualitätsschwelle %2)</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="82"/>
        <source>Lexical (words, no model needed)</source>
        <translation>Lexikalisch (Wörter, kein Modell nötig)</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="83"/>
        <source>Embeddings (a model embeds each request)</source>
        <translation>Embeddings (ein Modell bettet jede Anfrage ein)</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="86"/>
        <source>Encoder</source>
        <translation>Encoder</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="88"/>
        <source>provider/model, such as openai/text-embedding-3-small</source>
        <translation>Anbieter/Modell, etwa openai/text-embedding-3-small</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="90"/>
        <source>Embedding model</source>
        <translation>Embedding-Modell</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="94"/>
        <source>Change encoder</source>
        <translation>Encoder ändern</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="97"/>
        <source>Change embedding model</source>
        <translation>Embedding-Modell ändern</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="106"/>
        <source>Example embeddings stored for %n candidate(s); after changing examples, run switchyard-cli embed to refresh them.</source>
        <translation>
            <numerusform>Beispiel-Embeddings für %n Kandidaten gespeichert; führen Sie nach Änderungen an den Beispielen switchyard-cli embed aus, um sie zu erneuern.</numerusform>
            <numerusform>Beispiel-Embeddings für %n Kandidaten gespeichert; führen Sie nach Änderungen an den Beispielen switchyard-cli embed aus, um sie zu erneuern.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="108"/>
        <source>No example embeddings yet: run switchyard-cli embed on this policy.</source>
        <translation>Noch keine Beispiel-Embeddings: Führen Sie switchyard-cli embed für diese Richtlinie aus.</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="120"/>
        <source>Example requests for %1, one a line</source>
        <translation>Beispielanfragen für %1, eine pro Zeile</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="123"/>
        <source>%1: examples</source>
        <translation>%1: Beispiele</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="129"/>
        <source>Change examples of %1</source>
        <translation>Beispiele von %1 ändern</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="137"/>
        <source>The similarity the closest example must reach for %1 to be chosen</source>
        <translation>Die Ähnlichkeit, die das nächste Beispiel erreichen muss, damit %1 gewählt wird</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="138"/>
        <source>%1: threshold</source>
        <translation>%1: Schwelle</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="140"/>
        <source>Change threshold of %1</source>
        <translation>Schwelle von %1 ändern</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="150"/>
        <source>The cheapest model likely to succeed (threshold)</source>
        <translation>Das günstigste Modell, das wahrscheinlich besteht (Schwelle)</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="151"/>
        <source>The best value for the money (willingness to pay)</source>
        <translation>Das beste Preis-Leistungs-Verhältnis (Zahlungsbereitschaft)</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="154"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="162"/>
        <source>λ: how many dollars a point of success probability is worth; the candidate with the largest λ·p − cost is chosen</source>
        <translation>λ: wie viele Dollar ein Punkt Erfolgswahrscheinlichkeit wert ist; der Kandidat mit dem größten λ·p − Kosten wird gewählt</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="168"/>
        <source>The success probability the cheapest candidate must reach; else the next dearer one</source>
        <translation>Die Erfolgswahrscheinlichkeit, die der günstigste Kandidat erreichen muss; sonst der nächstteurere</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="174"/>
        <source>Threshold or λ</source>
        <translation>Schwelle oder λ</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="180"/>
        <source>Change rule</source>
        <translation>Regel ändern</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="188"/>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="195"/>
        <source>Load model file…</source>
        <translation>Modelldatei laden…</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="199"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="200"/>
        <source>Load model file</source>
        <translation>Modelldatei laden</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="202"/>
        <source>Load a trained router</source>
        <translation>Einen trainierten Router laden</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="202"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="214"/>
        <source>Load trained model</source>
        <translation>Trainiertes Modell laden</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="224"/>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="230"/>
        <source>%1 is not JSON: %2</source>
        <translation>%1 ist kein JSON: %2</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="235"/>
        <source>%1 holds no trained router (no &quot;format&quot;: &quot;switchyard.learned-router&quot;).</source>
        <translation>%1 enthält keinen trainierten Router (kein &quot;format&quot;: &quot;switchyard.learned-router&quot;).</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectorParamsForm.cpp" line="240"/>
        <source>The router in %1 does not read: %2</source>
        <translation>Der Router in %1 lässt sich nicht lesen: %2</translation>
    </message>
</context>
<context>
    <name>TryRequestPanel</name>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="34"/>
        <source>Short question</source>
        <translation>Kurze Frage</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="36"/>
        <source>Code review</source>
        <translation>Code-Review</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="38"/>
        <source>Tool use, streamed</source>
        <translation>Werkzeugaufruf, gestreamt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="40"/>
        <source>Anthropic format</source>
        <translation>Anthropic-Format</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="47"/>
        <source>Switchyard LLM routing workbench</source>
        <translation>Switchyard – Werkbank für LLM-Routing</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="50"/>
        <source>Open the demo workspace (created on first use).</source>
        <translation>Den Demo-Arbeitsbereich öffnen (wird beim ersten Mal angelegt).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="51"/>
        <source>Open this workspace file.</source>
        <translation>Diese Arbeitsbereichsdatei öffnen.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="54"/>
        <source>Start, wait until the workspace is loaded, report, and quit.</source>
        <translation>Starten, warten bis der Arbeitsbereich geladen ist, berichten und beenden.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="56"/>
        <source>Save a screenshot of every page, with live traffic, into FOLDER, and quit.</source>
        <translation>Von jeder Seite mit Live-Verkehr ein Bildschirmfoto in ORDNER speichern und beenden.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="59"/>
        <source>What the log on standard error shows: %1 (default info).</source>
        <translation>Was das Protokoll auf der Standardfehlerausgabe zeigt: %1 (Vorgabe: info).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="63"/>
        <source>The window size for --screenshots, WIDTHxHEIGHT (default 1280x760).</source>
        <translation>Die Fenstergröße für --screenshots, BREITExHÖHE (Vorgabe 1280x760).</translation>
    </message>
</context>
<context>
    <name>sy::AboutBox</name>
    <message>
        <location filename="../ui/shell/AboutBox.cpp" line="15"/>
        <source>&lt;h3&gt;Switchyard %1&lt;/h3&gt;&lt;p&gt;An LLM routing workbench: design a policy, replay prompts through it, serve it from a local proxy and learn from the traffic.&lt;/p&gt;&lt;p&gt;Running on Qt %2 (built with %3), %4.&lt;/p&gt;&lt;p&gt;Switchyard is free software under the GNU General Public License, version 3 or later. It is built with Qt (LGPL-3.0), QCustomPlot (GPL-3.0), SQLite (public domain), dtl (BSD-3-Clause), nghttp2 (MIT) and OpenSSL (Apache-2.0), as Debian packages them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Switchyard %1&lt;/h3&gt;&lt;p&gt;Eine Werkbank für LLM-Routing: Richtlinien entwerfen, Prompts damit wiederholen, sie über einen lokalen Proxy ausliefern und aus dem Verkehr lernen.&lt;/p&gt;&lt;p&gt;Läuft auf Qt %2 (gebaut mit %3), %4.&lt;/p&gt;&lt;p&gt;Switchyard ist freie Software unter der GNU General Public License, Version 3 oder später. Gebaut mit Qt (LGPL-3.0), QCustomPlot (GPL-3.0), SQLite (gemeinfrei), dtl (BSD-3-Clause), nghttp2 (MIT) und OpenSSL (Apache-2.0), wie Debian sie paketiert.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/shell/AboutBox.cpp" line="25"/>
        <source>About Switchyard</source>
        <translation>Über Switchyard</translation>
    </message>
</context>
<context>
    <name>sy::AnswerColumn</name>
    <message>
        <location filename="../ui/sidebyside/AnswerColumn.cpp" line="51"/>
        <source>Model or route</source>
        <translation>Modell oder Route</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/AnswerColumn.cpp" line="52"/>
        <source>Who answers in this column: a model, or a route of a policy (the policy picks the model)</source>
        <translation>Wer in dieser Spalte antwortet: ein Modell oder eine Route einer Richtlinie (die Richtlinie wählt das Modell)</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/AnswerColumn.cpp" line="53"/>
        <location filename="../ui/sidebyside/AnswerColumn.cpp" line="54"/>
        <source>Remove this column</source>
        <translation>Diese Spalte entfernen</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/AnswerColumn.cpp" line="55"/>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/AnswerColumn.cpp" line="56"/>
        <source>Answers appear here, as they stream in.</source>
        <translation>Die Antworten erscheinen hier, während sie eintreffen.</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/AnswerColumn.cpp" line="57"/>
        <source>Figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/AnswerColumn.cpp" line="58"/>
        <location filename="../ui/sidebyside/AnswerColumn.cpp" line="118"/>
        <source>This one is better</source>
        <translation>Diese ist besser</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/AnswerColumn.cpp" line="59"/>
        <source>Keep a vote for this answer (a human rating: this answer 5, the others 1)</source>
        <translation>Eine Stimme für diese Antwort speichern (eine menschliche Bewertung: diese Antwort 5, die anderen 1)</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/AnswerColumn.cpp" line="118"/>
        <source>✓ Voted better</source>
        <translation>✓ Als besser gewählt</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/AnswerColumn.cpp" line="129"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/AnswerColumn.cpp" line="131"/>
        <source>waiting for the first token…</source>
        <translation>warte auf das erste Token…</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/AnswerColumn.cpp" line="135"/>
        <source>Failed:</source>
        <translation>Fehlgeschlagen:</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/AnswerColumn.cpp" line="141"/>
        <source>First token after %1 ms; streaming…</source>
        <translation>Erstes Token nach %1 ms; wird gestreamt…</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/AnswerColumn.cpp" line="141"/>
        <source>Waiting…</source>
        <translation>Warte…</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/AnswerColumn.cpp" line="144"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
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
        <translation>TTFT %1 · %2 Tok./s · %3 ms gesamt&lt;br&gt;%4 rein / %5 raus Tokens · $%6</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/AnswerColumn.cpp" line="150"/>
        <source>Served by %1/%2</source>
        <translation>Beantwortet von %1/%2</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/AnswerColumn.cpp" line="152"/>
        <source>(decision: %1)</source>
        <translation>(Entscheidung: %1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sidebyside/AnswerColumn.cpp" line="154"/>
        <source>after %n attempt(s)</source>
        <translation>
            <numerusform>nach %n Versuch</numerusform>
            <numerusform>nach %n Versuchen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sy::CandidateSummaryModel</name>
    <message>
        <location filename="../ui/models/CandidateSummaryModel.cpp" line="52"/>
        <source>★ %1 (recommended)</source>
        <translation>★ %1 (empfohlen)</translation>
    </message>
    <message>
        <location filename="../ui/models/CandidateSummaryModel.cpp" line="143"/>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <location filename="../ui/models/CandidateSummaryModel.cpp" line="143"/>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <location filename="../ui/models/CandidateSummaryModel.cpp" line="143"/>
        <source>± repeats</source>
        <translation>± Wiederholungen</translation>
    </message>
    <message>
        <location filename="../ui/models/CandidateSummaryModel.cpp" line="143"/>
        <source>Pass rate</source>
        <translation>Bestehensquote</translation>
    </message>
    <message>
        <location filename="../ui/models/CandidateSummaryModel.cpp" line="143"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/models/CandidateSummaryModel.cpp" line="144"/>
        <source>$ / 1k req</source>
        <translation>$ / 1000 Anfr.</translation>
    </message>
    <message>
        <location filename="../ui/models/CandidateSummaryModel.cpp" line="144"/>
        <source>p50 ms</source>
        <translation>p50 ms</translation>
    </message>
    <message>
        <location filename="../ui/models/CandidateSummaryModel.cpp" line="144"/>
        <source>p95 ms</source>
        <translation>p95 ms</translation>
    </message>
    <message>
        <location filename="../ui/models/CandidateSummaryModel.cpp" line="144"/>
        <source>TTFT p50</source>
        <translation>TTFT p50</translation>
    </message>
    <message>
        <location filename="../ui/models/CandidateSummaryModel.cpp" line="144"/>
        <source>TTFT p95</source>
        <translation>TTFT p95</translation>
    </message>
    <message>
        <location filename="../ui/models/CandidateSummaryModel.cpp" line="145"/>
        <source>Δ quality</source>
        <translation>Δ Qualität</translation>
    </message>
    <message>
        <location filename="../ui/models/CandidateSummaryModel.cpp" line="145"/>
        <source>Δ $ / 1k</source>
        <translation>Δ $ / 1000</translation>
    </message>
    <message>
        <location filename="../ui/models/CandidateSummaryModel.cpp" line="145"/>
        <source>Δ p95 ms</source>
        <translation>Δ p95 ms</translation>
    </message>
    <message>
        <location filename="../ui/models/CandidateSummaryModel.cpp" line="147"/>
        <source>Change from the baseline run&apos;s figures for the same candidate</source>
        <translation>Änderung gegenüber den Werten desselben Kandidaten im Vergleichslauf</translation>
    </message>
</context>
<context>
    <name>sy::ChartWidget</name>
    <message>
        <location filename="../ui/charts/ChartWidget.cpp" line="521"/>
        <source>Save as PNG…</source>
        <translation>Als PNG speichern…</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartWidget.cpp" line="522"/>
        <source>Save as SVG…</source>
        <translation>Als SVG speichern…</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartWidget.cpp" line="523"/>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern …</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartWidget.cpp" line="524"/>
        <source>Reset zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartWidget.cpp" line="533"/>
        <source>Save chart as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartWidget.cpp" line="533"/>
        <source>Save chart as SVG</source>
        <translation>Diagramm als SVG speichern</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartWidget.cpp" line="533"/>
        <source>Save chart as PDF</source>
        <translation>Diagramm als PDF speichern</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartWidget.cpp" line="534"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartWidget.cpp" line="534"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartWidget.cpp" line="534"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartWidget.cpp" line="540"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartWidget.cpp" line="540"/>
        <source>The chart could not be written to %1.</source>
        <translation>Das Diagramm konnte nicht nach %1 geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>sy::CommandPalette</name>
    <message>
        <location filename="../ui/shell/CommandPalette.cpp" line="29"/>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <location filename="../ui/shell/CommandPalette.cpp" line="32"/>
        <source>Type to find an action…</source>
        <translation>Tippen, um eine Aktion zu finden…</translation>
    </message>
    <message>
        <location filename="../ui/shell/CommandPalette.cpp" line="33"/>
        <source>Search actions</source>
        <translation>Aktionen suchen</translation>
    </message>
    <message>
        <location filename="../ui/shell/CommandPalette.cpp" line="35"/>
        <source>Actions</source>
        <translation>Aktionen</translation>
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
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/models/CompareMatrixModel.cpp" line="125"/>
        <source>%1/%2, %3 ms, $%4

%5</source>
        <translation>%1/%2, %3 ms, $%4

%5</translation>
    </message>
    <message>
        <location filename="../ui/models/CompareMatrixModel.cpp" line="139"/>
        <source>%1 — click a cell to see its answer beside another</source>
        <translation>%1 — eine Zelle anklicken, um ihre Antwort neben einer anderen zu sehen</translation>
    </message>
    <message>
        <location filename="../ui/models/CompareMatrixModel.cpp" line="143"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/models/CompareMatrixModel.cpp" line="144"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../ui/models/CompareMatrixModel.cpp" line="145"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
</context>
<context>
    <name>sy::ComparePanel</name>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="31"/>
        <source>All prompts</source>
        <translation>Alle Prompts</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="31"/>
        <source>Failures</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="31"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="31"/>
        <source>Different answers</source>
        <translation>Unterschiedliche Antworten</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="32"/>
        <source>Which prompts to show</source>
        <translation>Welche Prompts angezeigt werden</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="33"/>
        <source>Search prompts, references and answers</source>
        <translation>Prompts, Referenzen und Antworten durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="36"/>
        <source>Prompts by candidate</source>
        <translation>Prompts nach Kandidat</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="43"/>
        <source>Left-hand candidate</source>
        <translation>Linker Kandidat</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="44"/>
        <source>Right-hand candidate</source>
        <translation>Rechter Kandidat</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="50"/>
        <source>Left-hand answer</source>
        <translation>Linke Antwort</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="51"/>
        <source>Right-hand answer</source>
        <translation>Rechte Antwort</translation>
    </message>
    <message>
        <source>👍</source>
        <translation type="vanished">👍</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="53"/>
        <source>Good answer (rated 5)</source>
        <translation>Gute Antwort (Bewertung 5)</translation>
    </message>
    <message>
        <source>👎</source>
        <translation type="vanished">👎</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="52"/>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="54"/>
        <source>Bad</source>
        <translation>Schlecht</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="55"/>
        <source>Bad answer (rated 1)</source>
        <translation>Schlechte Antwort (Bewertung 1)</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="57"/>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="58"/>
        <source>Your rating of the right-hand answer, 1 to 5</source>
        <translation>Ihre Bewertung der rechten Antwort, 1 bis 5</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="59"/>
        <source>Comment (kept in exports)</source>
        <translation>Kommentar (wird mit exportiert)</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="60"/>
        <source>Save rating</source>
        <translation>Bewertung speichern</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="63"/>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="82"/>
        <source>Rate the right-hand answer:</source>
        <translation>Rechte Antwort bewerten:</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="132"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="170"/>
        <source>&lt;p class=&apos;meta&apos;&gt;No answer yet.&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;meta&apos;&gt;Noch keine Antwort.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="172"/>
        <source>&lt;p&gt;&lt;b&gt;Error&lt;/b&gt;&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Fehler&lt;/b&gt;&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="173"/>
        <source>&lt;p class=&apos;meta&apos;&gt;%1/%2 · %3 ms · $%4 · quality %5 · %6%7&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;meta&apos;&gt;%1/%2 · %3 ms · $%4 · Qualität %5 · %6%7&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="178"/>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="178"/>
        <source>failed</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="179"/>
        <source> · from the cache</source>
        <translation> · aus dem Cache</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="186"/>
        <source>&lt;p class=&apos;meta&apos;&gt;Checks: %1&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;meta&apos;&gt;Prüfungen: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="189"/>
        <source>grade %1/10</source>
        <translation>Note %1/10</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="192"/>
        <source>&lt;p class=&apos;meta&apos;&gt;Judge %1: %2 — %3&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;meta&apos;&gt;Bewerter %1: %2 — %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ComparePanel.cpp" line="197"/>
        <source>&lt;p class=&apos;meta&apos;&gt;Rated %1/5 %2&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;meta&apos;&gt;Bewertet mit %1/5 %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sy::ConditionEditor</name>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="135"/>
        <source>Nested condition: %1</source>
        <translation>Verschachtelte Bedingung: %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="137"/>
        <source>Edit condition as JSON…</source>
        <translation>Bedingung als JSON bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="147"/>
        <source>Match all of these</source>
        <translation>Alle diese erfüllt</translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="148"/>
        <source>Match any of these</source>
        <translation>Eine davon erfüllt</translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="150"/>
        <source>How clauses combine</source>
        <translation>Wie Klauseln verknüpft werden</translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="155"/>
        <source>Add clause</source>
        <translation>Klausel hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="167"/>
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="168"/>
        <source>Edit condition as JSON (for nested groups)</source>
        <translation>Bedingung als JSON bearbeiten (für verschachtelte Gruppen)</translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="211"/>
        <source>not</source>
        <translation>nicht</translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="213"/>
        <source>Negate clause %1</source>
        <translation>Klausel %1 verneinen</translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="215"/>
        <source>Field of clause %1</source>
        <translation>Feld von Klausel %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="220"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="221"/>
        <source>Header or metadata name of clause %1</source>
        <translation>Header- oder Metadatenname von Klausel %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="223"/>
        <source>Operator of clause %1</source>
        <translation>Operator von Klausel %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="310"/>
        <source>true</source>
        <translation>wahr</translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="331"/>
        <source>regular expression</source>
        <translation>regulärer Ausdruck</translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="337"/>
        <source>Not a valid regular expression: %1</source>
        <translation>Kein gültiger regulärer Ausdruck: %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="350"/>
        <source>Value of clause %1</source>
        <translation>Wert von Klausel %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="227"/>
        <source>Remove clause</source>
        <translation>Klausel entfernen</translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="228"/>
        <source>Remove clause %1</source>
        <translation>Klausel %1 entfernen</translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="331"/>
        <source>comma-separated values</source>
        <translation>Werte, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../ui/editor/ConditionEditor.cpp" line="331"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>sy::DemoTour</name>
    <message>
        <location filename="../ui/shell/DemoTour.cpp" line="50"/>
        <source>End the tour</source>
        <translation>Tour beenden</translation>
    </message>
    <message>
        <location filename="../ui/shell/DemoTour.cpp" line="86"/>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/shell/DemoTour.cpp" line="87"/>
        <source>Finish</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../ui/shell/DemoTour.cpp" line="87"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../ui/shell/DemoTour.cpp" line="105"/>
        <source>The demo workspace</source>
        <translation>Der Demo-Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/shell/DemoTour.cpp" line="105"/>
        <source>Opening the demo workspace: simulated providers, three policies and two prompt sets…</source>
        <translation>Der Demo-Arbeitsbereich wird geöffnet: simulierte Anbieter, drei Richtlinien und zwei Prompt-Sets…</translation>
    </message>
    <message>
        <location filename="../ui/shell/DemoTour.cpp" line="127"/>
        <source>1. A policy decides where each request goes</source>
        <translation>1. Eine Richtlinie entscheidet, wohin jede Anfrage geht</translation>
    </message>
    <message>
        <location filename="../ui/shell/DemoTour.cpp" line="128"/>
        <source>This is &lt;b&gt;cheap-first&lt;/b&gt;. A client asks for a route such as &lt;b&gt;auto&lt;/b&gt;; its rules send short, easy prompts to a small model and code, maths or long prompts to stronger ones, with fallbacks when a provider fails. Select a box in the diagram to edit it; &lt;b&gt;Try a request&lt;/b&gt; shows the decision for any request.</source>
        <translation>Das ist &lt;b&gt;cheap-first&lt;/b&gt;. Ein Client fragt nach einer Route wie &lt;b&gt;auto&lt;/b&gt;; ihre Regeln schicken kurze, einfache Prompts an ein kleines Modell und Code, Mathematik oder lange Prompts an stärkere, mit Ausweichzielen, wenn ein Anbieter ausfällt. Wählen Sie ein Kästchen im Diagramm, um es zu bearbeiten; &lt;b&gt;Testanfrage&lt;/b&gt; zeigt die Entscheidung für jede Anfrage.</translation>
    </message>
    <message>
        <location filename="../ui/shell/DemoTour.cpp" line="137"/>
        <location filename="../ui/shell/DemoTour.cpp" line="143"/>
        <location filename="../ui/shell/DemoTour.cpp" line="155"/>
        <source>2. Serve it</source>
        <translation>2. Bereitstellen</translation>
    </message>
    <message>
        <location filename="../ui/shell/DemoTour.cpp" line="137"/>
        <source>Starting the proxy with cheap-first…</source>
        <translation>Der Proxy startet mit cheap-first…</translation>
    </message>
    <message>
        <location filename="../ui/shell/DemoTour.cpp" line="144"/>
        <source>The proxy answers OpenAI and Anthropic requests at &lt;b&gt;%1&lt;/b&gt;: point any client there and ask for the model &lt;b&gt;auto&lt;/b&gt;. &lt;b&gt;Demo traffic&lt;/b&gt; now sends a few sample requests a second through it.</source>
        <translation>Der Proxy beantwortet OpenAI- und Anthropic-Anfragen unter &lt;b&gt;%1&lt;/b&gt;: Richten Sie einen beliebigen Client dorthin und fragen Sie nach dem Modell &lt;b&gt;auto&lt;/b&gt;. &lt;b&gt;Demo-Verkehr&lt;/b&gt; schickt jetzt einige Beispielanfragen pro Sekunde hindurch.</translation>
    </message>
    <message>
        <location filename="../ui/shell/DemoTour.cpp" line="155"/>
        <source>The proxy could not start: %1</source>
        <translation>Der Proxy konnte nicht starten: %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/DemoTour.cpp" line="167"/>
        <source>Each row is one request: who sent it, the route, the model the policy chose, status, latency, time to first token, tokens and cost. Select a row to see how it was decided, step by step. Everything is also kept in the workspace&apos;s request log: &lt;b&gt;History&lt;/b&gt; sums it up.</source>
        <translation>Jede Zeile ist eine Anfrage: wer sie schickte, die Route, das von der Richtlinie gewählte Modell, Status, Latenz, Zeit bis zum ersten Token, Tokens und Kosten. Wählen Sie eine Zeile, um Schritt für Schritt zu sehen, wie entschieden wurde. Alles wird auch im Anfrageprotokoll des Arbeitsbereichs gespeichert: &lt;b&gt;Verlauf&lt;/b&gt; fasst es zusammen.</translation>
    </message>
    <message>
        <location filename="../ui/shell/DemoTour.cpp" line="174"/>
        <location filename="../ui/shell/DemoTour.cpp" line="179"/>
        <source>3. Traffic flows</source>
        <translation>3. Der Verkehr fließt</translation>
    </message>
    <message>
        <location filename="../ui/shell/DemoTour.cpp" line="179"/>
        <source>Waiting for the first requests…</source>
        <translation>Warte auf die ersten Anfragen…</translation>
    </message>
    <message>
        <location filename="../ui/shell/DemoTour.cpp" line="192"/>
        <location filename="../ui/shell/DemoTour.cpp" line="199"/>
        <source>4. Replay prompts through the candidates</source>
        <translation>4. Prompts mit den Kandidaten wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/shell/DemoTour.cpp" line="193"/>
        <source>The &lt;b&gt;arithmetic&lt;/b&gt; prompt set goes through three simulated models and cheap-first&apos;s two routes; every answer is checked against the expected number and graded by a judge model. Running…</source>
        <translation>Das Prompt-Set &lt;b&gt;arithmetic&lt;/b&gt; läuft durch drei simulierte Modelle und die zwei Routen von cheap-first; jede Antwort wird mit der erwarteten Zahl verglichen und von einem Richtermodell bewertet. Läuft…</translation>
    </message>
    <message>
        <location filename="../ui/shell/DemoTour.cpp" line="200"/>
        <source>Done: the summary ranks the candidates by quality, cost and latency and recommends one. Cells in &lt;b&gt;Compare&lt;/b&gt; show each answer beside another.</source>
        <translation>Fertig: Die Übersicht ordnet die Kandidaten nach Qualität, Kosten und Latenz und empfiehlt einen. Zellen unter &lt;b&gt;Vergleich&lt;/b&gt; zeigen jede Antwort neben einer anderen.</translation>
    </message>
    <message>
        <location filename="../ui/shell/DemoTour.cpp" line="213"/>
        <source>5. Compare on the chart</source>
        <translation>5. Im Diagramm vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/shell/DemoTour.cpp" line="214"/>
        <source>Quality against cost, one point per candidate: the line joins those no other beats on both, and the recommended one is marked. That is the loop — edit a policy, serve it, replay, compare — and the traffic keeps flowing meanwhile.</source>
        <translation>Qualität gegen Kosten, ein Punkt je Kandidat: Die Linie verbindet die, die kein anderer in beidem schlägt, und der empfohlene ist markiert. Das ist der Kreislauf — Richtlinie bearbeiten, bereitstellen, wiederholen, vergleichen — und der Verkehr fließt währenddessen weiter.</translation>
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
        <translation>%1%4 (%2–%3)</translation>
    </message>
    <message>
        <location filename="../ui/models/ExperimentArmsModel.cpp" line="52"/>
        <source>The control: the arm the others are compared with (the largest share)</source>
        <translation>Die Kontrolle: der Zweig, mit dem die anderen verglichen werden (der größte Anteil)</translation>
    </message>
    <message>
        <location filename="../ui/models/ExperimentArmsModel.cpp" line="53"/>
        <source>%1 of %2 requests failed</source>
        <translation>%1 von %2 Anfragen fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/models/ExperimentArmsModel.cpp" line="55"/>
        <source>No feedback on this arm&apos;s answers yet</source>
        <translation>Noch keine Rückmeldung zu den Antworten dieses Zweigs</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/ExperimentArmsModel.cpp" line="56"/>
        <source>Mean feedback score of %n rated answer(s)</source>
        <translation>
            <numerusform>Mittlere Bewertung von %n bewerteten Antwort</numerusform>
            <numerusform>Mittlere Bewertung von %n bewerteten Antworten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/ExperimentArmsModel.cpp" line="57"/>
        <source>Measured by %1 against the served answers</source>
        <translation>Gemessen mit %1 gegen die ausgelieferten Antworten</translation>
    </message>
    <message>
        <location filename="../ui/models/ExperimentArmsModel.cpp" line="64"/>
        <source>%1 (control)</source>
        <translation>%1 (Kontrolle)</translation>
    </message>
    <message>
        <location filename="../ui/models/ExperimentArmsModel.cpp" line="74"/>
        <source>%1 · n=%2</source>
        <translation>%1 · n=%2</translation>
    </message>
    <message>
        <location filename="../ui/models/ExperimentArmsModel.cpp" line="86"/>
        <source>The chance the node&apos;s weights give this arm</source>
        <translation>Die Wahrscheinlichkeit, die die Gewichte des Knotens diesem Zweig geben</translation>
    </message>
    <message>
        <location filename="../ui/models/ExperimentArmsModel.cpp" line="87"/>
        <source>Share of tried requests that failed, with its 95% interval</source>
        <translation>Anteil der versuchten Anfragen, die fehlschlugen, mit 95-%-Intervall</translation>
    </message>
    <message>
        <location filename="../ui/models/ExperimentArmsModel.cpp" line="88"/>
        <source>Median latency in milliseconds, with its 95% interval</source>
        <translation>Median der Latenz in Millisekunden, mit 95-%-Intervall</translation>
    </message>
    <message>
        <location filename="../ui/models/ExperimentArmsModel.cpp" line="89"/>
        <source>95th percentile latency in milliseconds, with its 95% interval</source>
        <translation>95.-Perzentil der Latenz in Millisekunden, mit 95-%-Intervall</translation>
    </message>
    <message>
        <location filename="../ui/models/ExperimentArmsModel.cpp" line="90"/>
        <source>Median time to first token of streamed answers, in milliseconds</source>
        <translation>Median der Zeit bis zum ersten Token gestreamter Antworten, in Millisekunden</translation>
    </message>
    <message>
        <location filename="../ui/models/ExperimentArmsModel.cpp" line="91"/>
        <source>Cost of 1,000 requests in USD, with its 95% interval</source>
        <translation>Kosten von 1.000 Anfragen in USD, mit 95-%-Intervall</translation>
    </message>
    <message>
        <location filename="../ui/models/ExperimentArmsModel.cpp" line="93"/>
        <source>Mean feedback score (0 to 1) with its 95% interval, and how many answers were rated; in a shadow test, how often a pairwise judge preferred the arm</source>
        <translation>Mittlere Bewertung (0 bis 1) mit 95-%-Intervall und Zahl der bewerteten Antworten; in einem Schattentest, wie oft ein paarweiser Richter den Zweig vorzog</translation>
    </message>
    <message>
        <location filename="../ui/models/ExperimentArmsModel.cpp" line="95"/>
        <source>Shadow tests: how close a candidate&apos;s answers are to the served ones (0 to 1), by the route&apos;s scorers</source>
        <translation>Schattentests: wie nah die Antworten eines Kandidaten an den ausgelieferten liegen (0 bis 1), nach den Bewertern der Route</translation>
    </message>
    <message>
        <location filename="../ui/models/ExperimentArmsModel.cpp" line="111"/>
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>Mean feedback score (0 to 1) with its 95% interval, and how many answers were rated</source>
        <translation type="vanished">Mittlere Bewertung (0 bis 1) mit 95-%-Intervall und Zahl der bewerteten Antworten</translation>
    </message>
    <message>
        <location filename="../ui/models/ExperimentArmsModel.cpp" line="102"/>
        <source>Arm</source>
        <translation>Zweig</translation>
    </message>
    <message>
        <location filename="../ui/models/ExperimentArmsModel.cpp" line="103"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location filename="../ui/models/ExperimentArmsModel.cpp" line="104"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/models/ExperimentArmsModel.cpp" line="105"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/models/ExperimentArmsModel.cpp" line="106"/>
        <source>p50 ms</source>
        <translation>p50 ms</translation>
    </message>
    <message>
        <location filename="../ui/models/ExperimentArmsModel.cpp" line="107"/>
        <source>p95 ms</source>
        <translation>p95 ms</translation>
    </message>
    <message>
        <location filename="../ui/models/ExperimentArmsModel.cpp" line="108"/>
        <source>TTFT p50 ms</source>
        <translation>TTFT p50 ms</translation>
    </message>
    <message>
        <location filename="../ui/models/ExperimentArmsModel.cpp" line="109"/>
        <source>Cost per 1k</source>
        <translation>Kosten je 1.000</translation>
    </message>
    <message>
        <location filename="../ui/models/ExperimentArmsModel.cpp" line="110"/>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
</context>
<context>
    <name>sy::ExperimentsPage</name>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="86"/>
        <source>Shadow test</source>
        <translation>Schattentest</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="90"/>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="95"/>
        <source>Canary</source>
        <translation>Kanarienvogel-Test</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="90"/>
        <source>Share of the route&apos;s traffic the candidate answers (%):</source>
        <translation>Anteil des Verkehrs der Route, den der Kandidat beantwortet (%):</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="98"/>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="102"/>
        <source>Promote</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="98"/>
        <source>Let the candidate answer all of route %1&apos;s traffic?</source>
        <translation>Soll der Kandidat den gesamten Verkehr der Route %1 beantworten?</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="105"/>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="109"/>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="176"/>
        <source>Roll back</source>
        <translation>Zurückrollen</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="105"/>
        <source>Put route %1 back as it was before the rollout began?</source>
        <translation>Route %1 so wiederherstellen, wie sie vor Beginn der Einführung war?</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="155"/>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="156"/>
        <source>Experiment:</source>
        <translation>Experiment:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="157"/>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="157"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="157"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="157"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="157"/>
        <source>Everything logged</source>
        <translation>Alles Protokollierte</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="165"/>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="166"/>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="167"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="168"/>
        <source>Read the request log and feedback again (this page also does every minute while shown)</source>
        <translation>Anfrageprotokoll und Rückmeldungen neu lesen (die Seite tut das auch jede Minute, solange sie angezeigt wird)</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="169"/>
        <source>Arms</source>
        <translation>Zweige</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="170"/>
        <source>Try a model…</source>
        <translation>Modell ausprobieren …</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="171"/>
        <source>Start a shadow test: mirror a share of a route&apos;s requests to a candidate model, never serving its answers</source>
        <translation>Schattentest starten: einen Anteil der Anfragen einer Route an ein Kandidatenmodell spiegeln, ohne dessen Antworten auszuliefern</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="172"/>
        <source>Start canary…</source>
        <translation>Kanarienvogel-Test starten …</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="173"/>
        <source>Let the shadow test&apos;s candidate answer a small share of the route&apos;s real traffic</source>
        <translation>Den Kandidaten des Schattentests einen kleinen Anteil des echten Verkehrs der Route beantworten lassen</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="174"/>
        <source>Promote to all traffic</source>
        <translation>Für den gesamten Verkehr übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="175"/>
        <source>Let the canary answer all of the route&apos;s traffic</source>
        <translation>Den Kanarienvogel den gesamten Verkehr der Route beantworten lassen</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="177"/>
        <source>Put the route back as it was before the rollout began</source>
        <translation>Die Route so wiederherstellen, wie sie vor Beginn der Einführung war</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="178"/>
        <source>Rollout</source>
        <translation>Einführung</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="180"/>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="181"/>
        <source>Verdicts</source>
        <translation>Urteile</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="225"/>
        <source>Reading the request log and feedback…</source>
        <translation>Anfrageprotokoll und Rückmeldungen werden gelesen …</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="243"/>
        <source>%1 · shadow test</source>
        <translation>%1 · Schattentest</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="245"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="263"/>
        <source>No experiments in this range. A route whose policy splits traffic by weights (a weighted node, such as the demo&apos;s ab-standard-vs-claude) or mirrors it to candidates (a shadow test) becomes one here as soon as the proxy serves it; feedback sent to /v1/feedback gives each arm its quality.</source>
        <translation>Keine Experimente in diesem Zeitraum. Eine Route, deren Richtlinie den Verkehr nach Gewichten aufteilt (ein gewichteter Knoten wie ab-standard-vs-claude in der Demo) oder an Kandidaten spiegelt (ein Schattentest), erscheint hier, sobald der Proxy sie bedient; Rückmeldungen an /v1/feedback geben jedem Zweig seine Qualität.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="334"/>
        <source>%1$%2 per 1,000 requests</source>
        <translation>%1%2 $ je 1.000 Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="377"/>
        <source>Start the proxy on Live Traffic to try a model on the traffic it serves.</source>
        <translation>Starten Sie den Proxy unter Live-Verkehr, um ein Modell am bedienten Verkehr auszuprobieren.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="379"/>
        <source>No rollout on route %1.</source>
        <translation>Keine Einführung auf Route %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="381"/>
        <source>Rollout on route %1: %2</source>
        <translation>Einführung auf Route %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="390"/>
        <source>The proxy is not serving a policy.</source>
        <translation>Der Proxy bedient keine Richtlinie.</translation>
    </message>
    <message>
        <source>No experiments in this range. A route whose policy splits traffic by weights (a weighted node, such as the demo&apos;s ab-standard-vs-claude) becomes one here as soon as the proxy serves it; feedback sent to /v1/feedback gives each arm its quality.</source>
        <translation type="vanished">Keine Experimente in diesem Zeitraum. Eine Route, deren Richtlinie den Verkehr nach Gewichten aufteilt (ein gewichteter Knoten wie ab-standard-vs-claude in der Demo), erscheint hier, sobald der Proxy sie bedient; Rückmeldungen an /v1/feedback geben jedem Zweig seine Qualität.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="266"/>
        <source>Open a workspace to see its experiments.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um seine Experimente zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="275"/>
        <source> A shadow test: candidates answered copies of served requests after the client had its answer; only the served answers reached clients. Agreement is measured by %1; quality comes from a pairwise judge where one has compared the pairs.</source>
        <translation> Ein Schattentest: Kandidaten beantworteten Kopien ausgelieferter Anfragen, nachdem der Client seine Antwort hatte; nur die ausgelieferten Antworten erreichten Clients. Die Übereinstimmung misst %1; die Qualität stammt von einem paarweisen Richter, wo einer die Paare verglichen hat.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="280"/>
        <source>Route %1: %2 requests from %3 to %4. Verdicts hold with %5% confidence for the whole experiment, however often this page is read.</source>
        <translation>Route %1: %2 Anfragen von %3 bis %4. Die Urteile gelten mit %5 % Konfidenz für das ganze Experiment, wie oft diese Seite auch gelesen wird.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="314"/>
        <source>quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="318"/>
        <source>error rate</source>
        <translation>Fehlerquote</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="319"/>
        <source>%1 points</source>
        <translation>%1 Prozentpunkte</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="323"/>
        <source>latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="324"/>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="329"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="328"/>
        <source>time to first token</source>
        <translation>Zeit bis zum ersten Token</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="333"/>
        <source>cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>$%1 per 1,000 requests</source>
        <translation type="vanished">%1 $ je 1.000 Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="339"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: not measured yet in both arms</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: noch nicht in beiden Zweigen gemessen</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="340"/>
        <source>%1 against %2: %3 (%4 to %5)</source>
        <translation>%1 gegen %2: %3 (%4 bis %5)</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="343"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: arm &lt;b&gt;%2&lt;/b&gt; is better than %3 with %4% confidence; %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: Zweig &lt;b&gt;%2&lt;/b&gt; ist mit %4 % Konfidenz besser als %3; %5</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="347"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: no difference seen so far; %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: bisher kein Unterschied zu sehen; %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/ExperimentsPage.cpp" line="348"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: no verdict yet, about %2 more requests needed if the difference holds; %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: noch kein Urteil, etwa %2 weitere Anfragen nötig, wenn der Unterschied bleibt; %3</translation>
    </message>
</context>
<context>
    <name>sy::HarvestDialog</name>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="29"/>
        <source>Prompt set from traffic</source>
        <translation>Prompt-Set aus dem Verkehr</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="30"/>
        <source>From traffic %1</source>
        <translation>Aus dem Verkehr %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="31"/>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="31"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="31"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="31"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="31"/>
        <source>Everything logged</source>
        <translation>Alles Protokollierte</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="33"/>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="34"/>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="35"/>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="36"/>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="36"/>
        <source>Rated</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="36"/>
        <source>Liked</source>
        <translation>Gemocht</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="36"/>
        <source>Disliked</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="39"/>
        <source>E-mail addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="40"/>
        <source>Phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="41"/>
        <source>Keys and tokens</source>
        <translation>Schlüssel und Token</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="44"/>
        <source>One per line, NAME=REGEX, e.g. ticket=ACME-\d+</source>
        <translation>Eines pro Zeile, NAME=REGEX, z. B. ticket=ACME-\d+</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="46"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="48"/>
        <source>Save prompt set</source>
        <translation>Prompt-Set speichern</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="53"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="53"/>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="53"/>
        <source>Taken out</source>
        <translation>Entfernt als</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="57"/>
        <source>Prompt set name</source>
        <translation>Name des Prompt-Sets</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="57"/>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="57"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="58"/>
        <source>A/B arm</source>
        <translation>A/B-Zweig</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="58"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="58"/>
        <source>Feedback</source>
        <translation>Rückmeldung</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="59"/>
        <source>At most</source>
        <translation>Höchstens</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="59"/>
        <source>Own patterns</source>
        <translation>Eigene Muster</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="60"/>
        <source>Findings</source>
        <translation>Funde</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="65"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="66"/>
        <source>Logged:</source>
        <translation>Protokolliert:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="67"/>
        <source>Route:</source>
        <translation>Route:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="68"/>
        <source>A/B arm:</source>
        <translation>A/B-Zweig:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="69"/>
        <source>Client:</source>
        <translation>Client:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="70"/>
        <source>Feedback:</source>
        <translation>Rückmeldung:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="71"/>
        <source>At most:</source>
        <translation>Höchstens:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="77"/>
        <source>Take out:</source>
        <translation>Entfernen:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="78"/>
        <source>Also take out:</source>
        <translation>Außerdem entfernen:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="101"/>
        <source>Requests logged with their bodies become prompts; the logged answer becomes each prompt&apos;s reference. Preview shows everything that will be taken out before anything is saved.</source>
        <translation>Mit ihren Inhalten protokollierte Anfragen werden zu Prompts; die protokollierte Antwort wird zur Referenz des Prompts. Die Vorschau zeigt alles, was entfernt wird, bevor etwas gespeichert wird.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="123"/>
        <source>“%1” is not NAME=REGEX</source>
        <translation>„%1“ ist nicht NAME=REGEX</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="151"/>
        <source>Reading the request log…</source>
        <translation>Anfrageprotokoll wird gelesen …</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="161"/>
        <source>%1 requests matched: %2 become prompts, %3 were logged without their body (turn on logging bodies in Settings, or log_bodies in the policy), %4 were not chat requests. %5 things will be taken out:</source>
        <translation>%1 Anfragen passen: %2 werden zu Prompts, %3 wurden ohne Inhalt protokolliert (Inhalte protokollieren in den Einstellungen oder log_bodies in der Richtlinie einschalten), %4 waren keine Chat-Anfragen. %5 Dinge werden entfernt:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/HarvestDialog.cpp" line="193"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>sy::HistoryBreakdownModel</name>
    <message>
        <location filename="../ui/models/HistoryBreakdownModel.cpp" line="7"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../ui/models/HistoryBreakdownModel.cpp" line="45"/>
        <source>%1 in, %2 out</source>
        <translation>%1 rein, %2 raus</translation>
    </message>
    <message>
        <location filename="../ui/models/HistoryBreakdownModel.cpp" line="49"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/models/HistoryBreakdownModel.cpp" line="68"/>
        <source>Share of requests that failed (no answer, or HTTP 400 and above)</source>
        <translation>Anteil fehlgeschlagener Anfragen (keine Antwort oder HTTP 400 und höher)</translation>
    </message>
    <message>
        <location filename="../ui/models/HistoryBreakdownModel.cpp" line="69"/>
        <source>Input and output tokens</source>
        <translation>Eingabe- und Ausgabe-Tokens</translation>
    </message>
    <message>
        <location filename="../ui/models/HistoryBreakdownModel.cpp" line="70"/>
        <source>Median latency, in milliseconds</source>
        <translation>Median der Latenz in Millisekunden</translation>
    </message>
    <message>
        <location filename="../ui/models/HistoryBreakdownModel.cpp" line="71"/>
        <source>95th percentile latency, in milliseconds</source>
        <translation>95. Perzentil der Latenz in Millisekunden</translation>
    </message>
    <message>
        <location filename="../ui/models/HistoryBreakdownModel.cpp" line="72"/>
        <source>Median time to first token of streamed requests, in milliseconds</source>
        <translation>Median der Zeit bis zum ersten Token gestreamter Anfragen in Millisekunden</translation>
    </message>
    <message>
        <location filename="../ui/models/HistoryBreakdownModel.cpp" line="80"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/models/HistoryBreakdownModel.cpp" line="81"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/models/HistoryBreakdownModel.cpp" line="82"/>
        <source>Error %</source>
        <translation>Fehler %</translation>
    </message>
    <message>
        <location filename="../ui/models/HistoryBreakdownModel.cpp" line="83"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../ui/models/HistoryBreakdownModel.cpp" line="84"/>
        <source>Spend</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../ui/models/HistoryBreakdownModel.cpp" line="85"/>
        <source>p50 ms</source>
        <translation>p50 ms</translation>
    </message>
    <message>
        <location filename="../ui/models/HistoryBreakdownModel.cpp" line="86"/>
        <source>p95 ms</source>
        <translation>p95 ms</translation>
    </message>
    <message>
        <location filename="../ui/models/HistoryBreakdownModel.cpp" line="87"/>
        <source>TTFT p50</source>
        <translation>TTFT p50</translation>
    </message>
</context>
<context>
    <name>sy::HistoryPage</name>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="129"/>
        <source>Show:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="130"/>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="131"/>
        <source>To:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="132"/>
        <source>Break down by:</source>
        <translation>Aufschlüsseln nach:</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="133"/>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="133"/>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="133"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="133"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="133"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="133"/>
        <source>This month</source>
        <translation>Diesen Monat</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="134"/>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="135"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="135"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="135"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="135"/>
        <source>A/B arm</source>
        <translation>A/B-Zweig</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="135"/>
        <source>Virtual key</source>
        <translation>Virtueller Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="143"/>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="144"/>
        <source>Break down by</source>
        <translation>Aufschlüsseln nach</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="145"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="146"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="147"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="148"/>
        <source>Read the request log again</source>
        <translation>Das Anfrageprotokoll neu lesen</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="149"/>
        <source>Requests and errors</source>
        <translation>Anfragen und Fehler</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="150"/>
        <source>requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="151"/>
        <source>errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="152"/>
        <source>Latency p95 (ms)</source>
        <translation>Latenz p95 (ms)</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="153"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="154"/>
        <source>Spend (USD)</source>
        <translation>Ausgaben (USD)</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="155"/>
        <source>spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="156"/>
        <source>Breakdown</source>
        <translation>Aufschlüsselung</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="157"/>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="208"/>
        <source>The range ends before it starts: choose a “To” after the “From”.</source>
        <translation>Der Zeitraum endet, bevor er beginnt: Wählen Sie ein „Bis“ nach dem „Von“.</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="214"/>
        <source>Reading the request log…</source>
        <translation>Anfrageprotokoll wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="229"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="229"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="234"/>
        <source>No requests between %1 and %2. Start the proxy on Live Traffic and send requests (or switch on Demo traffic there); they are kept in the workspace&apos;s request log.</source>
        <translation>Keine Anfragen zwischen %1 und %2. Starten Sie den Proxy unter Live-Verkehr und senden Sie Anfragen (oder schalten Sie dort Demo-Verkehr ein); sie werden im Anfrageprotokoll des Arbeitsbereichs gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="237"/>
        <source>Open a workspace to see its request history.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um seinen Anfrageverlauf zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="240"/>
        <source>%1 to %2 · read in %3 ms</source>
        <translation>%1 bis %2 · gelesen in %3 ms</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="240"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="241"/>
        <source>&lt;b&gt;%1&lt;/b&gt; requests · &lt;b&gt;%2&lt;/b&gt; errors (%3%) · &lt;b&gt;%4&lt;/b&gt; tokens in, &lt;b&gt;%5&lt;/b&gt; out · &lt;b&gt;$%6&lt;/b&gt; spent&lt;br&gt;Latency p50 &lt;b&gt;%7&lt;/b&gt;, p95 &lt;b&gt;%8&lt;/b&gt; · time to first token p50 &lt;b&gt;%9&lt;/b&gt;, p95 &lt;b&gt;%10&lt;/b&gt; (%11 streamed)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Anfragen · &lt;b&gt;%2&lt;/b&gt; Fehler (%3 %) · &lt;b&gt;%4&lt;/b&gt; Tokens rein, &lt;b&gt;%5&lt;/b&gt; raus · &lt;b&gt;$%6&lt;/b&gt; ausgegeben&lt;br&gt;Latenz p50 &lt;b&gt;%7&lt;/b&gt;, p95 &lt;b&gt;%8&lt;/b&gt; · Zeit bis zum ersten Token p50 &lt;b&gt;%9&lt;/b&gt;, p95 &lt;b&gt;%10&lt;/b&gt; (%11 gestreamt)</translation>
    </message>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="253"/>
        <source>No requests in this range</source>
        <translation>Keine Anfragen in diesem Zeitraum</translation>
    </message>
</context>
<context>
    <name>sy::ImportPromptSetDialog</name>
    <message>
        <location filename="../ui/dialogs/ImportPromptSetDialog.cpp" line="24"/>
        <source>Import prompt set</source>
        <translation>Prompt-Set importieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportPromptSetDialog.cpp" line="26"/>
        <source>Name of the prompt set</source>
        <translation>Name des Prompt-Sets</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportPromptSetDialog.cpp" line="29"/>
        <source>Prompt text:</source>
        <translation>Prompt-Text:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportPromptSetDialog.cpp" line="30"/>
        <source>Or chat messages:</source>
        <translation>Oder Chat-Nachrichten:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportPromptSetDialog.cpp" line="31"/>
        <source>System prompt:</source>
        <translation>System-Prompt:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportPromptSetDialog.cpp" line="32"/>
        <source>Reference answer:</source>
        <translation>Referenzantwort:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportPromptSetDialog.cpp" line="33"/>
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportPromptSetDialog.cpp" line="34"/>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportPromptSetDialog.cpp" line="36"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportPromptSetDialog.cpp" line="41"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportPromptSetDialog.cpp" line="51"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportPromptSetDialog.cpp" line="51"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportPromptSetDialog.cpp" line="51"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportPromptSetDialog.cpp" line="51"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportPromptSetDialog.cpp" line="60"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ImportPromptSetDialog.cpp" line="62"/>
        <source>%1: %n row(s), columns: %2</source>
        <translation>
            <numerusform>%1: %n Zeile, Spalten: %2</numerusform>
            <numerusform>%1: %n Zeilen, Spalten: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ImportPromptSetDialog.cpp" line="115"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ImportPromptSetDialog.cpp" line="117"/>
        <source>%n prompt(s) will be imported.</source>
        <translation>
            <numerusform>%n Prompt wird importiert.</numerusform>
            <numerusform>%n Prompts werden importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ImportPromptSetDialog.cpp" line="119"/>
        <source>%n line(s) do not fit and are left out:</source>
        <translation>
            <numerusform>%n Zeile passt nicht und wird ausgelassen:</numerusform>
            <numerusform>%n Zeilen passen nicht und werden ausgelassen:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportPromptSetDialog.cpp" line="121"/>
        <source>Give the set a name.</source>
        <translation>Geben Sie dem Set einen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportPromptSetDialog.cpp" line="123"/>
        <source>A set called &quot;%1&quot; exists: importing replaces it.</source>
        <translation>Ein Set namens „%1“ existiert bereits: Der Import ersetzt es.</translation>
    </message>
</context>
<context>
    <name>sy::JsonEditDialog</name>
    <message>
        <location filename="../ui/dialogs/JsonEditDialog.cpp" line="27"/>
        <location filename="../ui/dialogs/JsonEditDialog.cpp" line="83"/>
        <source>Edit policy as JSON</source>
        <translation>Richtlinie als JSON bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/JsonEditDialog.cpp" line="27"/>
        <source>Edit %1 as JSON</source>
        <translation>%1 als JSON bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/JsonEditDialog.cpp" line="30"/>
        <source>JSON text</source>
        <translation>JSON-Text</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/JsonEditDialog.cpp" line="45"/>
        <source>Changes are checked when applied and can be undone like any other edit.</source>
        <translation>Änderungen werden beim Übernehmen geprüft und lassen sich wie jede andere Bearbeitung rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/JsonEditDialog.cpp" line="74"/>
        <source>%1 is no longer in the policy.</source>
        <translation>%1 ist nicht mehr in der Richtlinie.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/JsonEditDialog.cpp" line="83"/>
        <source>Edit as JSON</source>
        <translation>Als JSON bearbeiten</translation>
    </message>
</context>
<context>
    <name>sy::KeyDialog</name>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="35"/>
        <source>Expires on</source>
        <translation>Läuft ab am</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="41"/>
        <source>New key</source>
        <translation>Neuer Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="41"/>
        <source>Edit key &apos;%1&apos;</source>
        <translation>Schlüssel „%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="43"/>
        <source>for example: support-bot</source>
        <translation>zum Beispiel: support-bot</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="44"/>
        <source>a person or team</source>
        <translation>eine Person oder ein Team</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="45"/>
        <source>comma-separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="58"/>
        <source>no budget</source>
        <translation>kein Budget</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="62"/>
        <source>Refuse requests (HTTP 402)</source>
        <translation>Anfragen ablehnen (HTTP 402)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="63"/>
        <source>Only report it</source>
        <translation>Nur melden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="66"/>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="70"/>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="72"/>
        <source>all routes</source>
        <translation>alle Routen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="73"/>
        <source>any model, e.g. openai/gpt-4o-mini</source>
        <translation>jedes Modell, z. B. openai/gpt-4o-mini</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="80"/>
        <source>Where requests go that name a model this proxy does not serve.</source>
        <translation>Wohin Anfragen gehen, die ein Modell nennen, das dieser Proxy nicht anbietet.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="85"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="86"/>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="87"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="90"/>
        <source>Budget per day</source>
        <translation>Budget pro Tag</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="91"/>
        <source>Budget per month</source>
        <translation>Budget pro Monat</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="92"/>
        <source>Over budget</source>
        <translation>Budget überschritten</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="93"/>
        <source>Requests per minute</source>
        <translation>Anfragen pro Minute</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="94"/>
        <source>Tokens per minute</source>
        <translation>Tokens pro Minute</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="95"/>
        <source>Routes</source>
        <translation>Routen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="96"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="97"/>
        <source>Default route</source>
        <translation>Standardroute</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="99"/>
        <source>Create key</source>
        <translation>Schlüssel anlegen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="99"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="134"/>
        <source>Give the key a name: the request log shows it for every request made with the key.</source>
        <translation>Geben Sie dem Schlüssel einen Namen: Das Anfrageprotokoll zeigt ihn bei jeder Anfrage mit diesem Schlüssel.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="136"/>
        <source>A key named &apos;%1&apos; exists already.</source>
        <translation>Ein Schlüssel namens „%1“ existiert bereits.</translation>
    </message>
</context>
<context>
    <name>sy::KeySecretDialog</name>
    <message>
        <location filename="../ui/dialogs/KeySecretDialog.cpp" line="16"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeySecretDialog.cpp" line="18"/>
        <source>Key &apos;%1&apos; rotated</source>
        <translation>Schlüssel „%1“ erneuert</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeySecretDialog.cpp" line="18"/>
        <source>Key &apos;%1&apos; created</source>
        <translation>Schlüssel „%1“ angelegt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeySecretDialog.cpp" line="19"/>
        <source>The new secret of &apos;%1&apos;. The old one stopped working just now.</source>
        <translation>Das neue Geheimnis von „%1“. Das alte gilt ab sofort nicht mehr.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeySecretDialog.cpp" line="20"/>
        <source>The secret of &apos;%1&apos;. Clients send it as &quot;Authorization: Bearer …&quot; or &quot;x-api-key: …&quot;.</source>
        <translation>Das Geheimnis von „%1“. Clients senden es als „Authorization: Bearer …“ oder „x-api-key: …“.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeySecretDialog.cpp" line="23"/>
        <source>This is the only time it is shown: copy it now. The workspace keeps only its hash.</source>
        <translation>Es wird nur dieses eine Mal angezeigt: Kopieren Sie es jetzt. Der Arbeitsbereich speichert nur seinen Hash.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KeySecretDialog.cpp" line="33"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
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
        <translation>kein Arbeitsbereich ist geöffnet</translation>
    </message>
</context>
<context>
    <name>sy::KeysModel</name>
    <message>
        <location filename="../ui/models/KeysModel.cpp" line="17"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/models/KeysModel.cpp" line="31"/>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/models/KeysModel.cpp" line="33"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location filename="../ui/models/KeysModel.cpp" line="34"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../ui/models/KeysModel.cpp" line="41"/>
        <source>%1 requests/min</source>
        <translation>%1 Anfragen/min</translation>
    </message>
    <message>
        <location filename="../ui/models/KeysModel.cpp" line="43"/>
        <source>%1 tokens/min</source>
        <translation>%1 Tokens/min</translation>
    </message>
    <message>
        <location filename="../ui/models/KeysModel.cpp" line="45"/>
        <source>budget alert only</source>
        <translation>Budget nur melden</translation>
    </message>
    <message>
        <location filename="../ui/models/KeysModel.cpp" line="47"/>
        <source>default %1</source>
        <translation>Standard %1</translation>
    </message>
    <message>
        <location filename="../ui/models/KeysModel.cpp" line="48"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/models/KeysModel.cpp" line="78"/>
        <source>The first characters of the key. The key itself was shown once, when it was made; the workspace keeps only its hash.</source>
        <translation>Die ersten Zeichen des Schlüssels. Der Schlüssel selbst wurde einmal beim Anlegen gezeigt; der Arbeitsbereich speichert nur seinen Hash.</translation>
    </message>
    <message>
        <location filename="../ui/models/KeysModel.cpp" line="80"/>
        <source>Models: %1</source>
        <translation>Modelle: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/KeysModel.cpp" line="80"/>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location filename="../ui/models/KeysModel.cpp" line="94"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../ui/models/KeysModel.cpp" line="104"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/models/KeysModel.cpp" line="105"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/models/KeysModel.cpp" line="106"/>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <location filename="../ui/models/KeysModel.cpp" line="107"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../ui/models/KeysModel.cpp" line="108"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/models/KeysModel.cpp" line="109"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../ui/models/KeysModel.cpp" line="110"/>
        <source>This month</source>
        <translation>Diesen Monat</translation>
    </message>
    <message>
        <location filename="../ui/models/KeysModel.cpp" line="111"/>
        <source>Limits</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <location filename="../ui/models/KeysModel.cpp" line="112"/>
        <source>Routes</source>
        <translation>Routen</translation>
    </message>
</context>
<context>
    <name>sy::KeysPage</name>
    <message>
        <location filename="../ui/pages/KeysPage.cpp" line="81"/>
        <location filename="../ui/pages/KeysPage.cpp" line="112"/>
        <source>Virtual keys</source>
        <translation>Virtuelle Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/pages/KeysPage.cpp" line="102"/>
        <source>Keys for the apps and people that call the proxy, each with its own budgets and limits. Once the workspace has a key, every request to the proxy needs one. Changes reach a running proxy within a second, here or from &apos;switchyard-cli keys&apos;.</source>
        <translation>Schlüssel für die Anwendungen und Personen, die den Proxy aufrufen, jeder mit eigenen Budgets und Grenzen. Sobald der Arbeitsbereich einen Schlüssel hat, braucht jede Anfrage an den Proxy einen. Änderungen erreichen einen laufenden Proxy binnen einer Sekunde, ob hier oder mit „switchyard-cli keys“.</translation>
    </message>
    <message>
        <location filename="../ui/pages/KeysPage.cpp" line="105"/>
        <source>New key…</source>
        <translation>Neuer Schlüssel…</translation>
    </message>
    <message>
        <location filename="../ui/pages/KeysPage.cpp" line="106"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/pages/KeysPage.cpp" line="107"/>
        <source>Rotate…</source>
        <translation>Erneuern…</translation>
    </message>
    <message>
        <location filename="../ui/pages/KeysPage.cpp" line="108"/>
        <source>Revoke…</source>
        <translation>Widerrufen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/KeysPage.cpp" line="109"/>
        <source>Spend per key and day</source>
        <translation>Ausgaben pro Schlüssel und Tag</translation>
    </message>
    <message>
        <location filename="../ui/pages/KeysPage.cpp" line="110"/>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/KeysPage.cpp" line="111"/>
        <source>No spend by any key in the last %n day(s).</source>
        <translation>
            <numerusform>Keine Ausgaben eines Schlüssels am letzten Tag.</numerusform>
            <numerusform>Keine Ausgaben eines Schlüssels in den letzten %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/KeysPage.cpp" line="170"/>
        <source>No keys yet: the proxy takes requests without one (on this computer only).</source>
        <translation>Noch keine Schlüssel: Der Proxy nimmt Anfragen ohne Schlüssel an (nur auf diesem Rechner).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/KeysPage.cpp" line="171"/>
        <source>%n key(s) active; spent today $%1, this month $%2.</source>
        <translation>
            <numerusform>%n Schlüssel aktiv; heute ausgegeben $%1, diesen Monat $%2.</numerusform>
            <numerusform>%n Schlüssel aktiv; heute ausgegeben $%1, diesen Monat $%2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/KeysPage.cpp" line="223"/>
        <source>The key could not be made: %1</source>
        <translation>Der Schlüssel konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/KeysPage.cpp" line="242"/>
        <source>The key could not be saved: %1</source>
        <translation>Der Schlüssel konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/KeysPage.cpp" line="250"/>
        <source>Give &apos;%1&apos; a new secret? The current one stops working at once.</source>
        <translation>„%1“ ein neues Geheimnis geben? Das jetzige gilt dann sofort nicht mehr.</translation>
    </message>
    <message>
        <location filename="../ui/pages/KeysPage.cpp" line="257"/>
        <source>The key could not be rotated: %1</source>
        <translation>Der Schlüssel konnte nicht erneuert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/KeysPage.cpp" line="266"/>
        <source>Revoke &apos;%1&apos;? Requests with it are refused from now on; this cannot be undone.</source>
        <translation>„%1“ widerrufen? Anfragen damit werden ab jetzt abgelehnt; das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/KeysPage.cpp" line="273"/>
        <source>The key could not be revoked: %1</source>
        <translation>Der Schlüssel konnte nicht widerrufen werden: %1</translation>
    </message>
</context>
<context>
    <name>sy::LiveTrafficModel</name>
    <message>
        <location filename="../ui/models/LiveTrafficModel.cpp" line="21"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/models/LiveTrafficModel.cpp" line="22"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/models/LiveTrafficModel.cpp" line="22"/>
        <source>The client, from the x-switchyard-client header</source>
        <translation>Der Client, aus dem Header x-switchyard-client</translation>
    </message>
    <message>
        <location filename="../ui/models/LiveTrafficModel.cpp" line="23"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../ui/models/LiveTrafficModel.cpp" line="23"/>
        <source>The route (model name) the client asked for</source>
        <translation>Die Route (der Modellname), nach der der Client fragte</translation>
    </message>
    <message>
        <location filename="../ui/models/LiveTrafficModel.cpp" line="24"/>
        <source>Arm</source>
        <translation>Zweig</translation>
    </message>
    <message>
        <location filename="../ui/models/LiveTrafficModel.cpp" line="24"/>
        <source>The A/B arm the request went to</source>
        <translation>Der A/B-Zweig, an den die Anfrage ging</translation>
    </message>
    <message>
        <location filename="../ui/models/LiveTrafficModel.cpp" line="25"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/models/LiveTrafficModel.cpp" line="25"/>
        <source>The provider and model that answered</source>
        <translation>Anbieter und Modell, die geantwortet haben</translation>
    </message>
    <message>
        <location filename="../ui/models/LiveTrafficModel.cpp" line="26"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/models/LiveTrafficModel.cpp" line="26"/>
        <source>The HTTP status the client got</source>
        <translation>Der HTTP-Status, den der Client erhielt</translation>
    </message>
    <message>
        <location filename="../ui/models/LiveTrafficModel.cpp" line="27"/>
        <source>Latency in milliseconds</source>
        <translation>Latenz in Millisekunden</translation>
    </message>
    <message>
        <location filename="../ui/models/LiveTrafficModel.cpp" line="27"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../ui/models/LiveTrafficModel.cpp" line="28"/>
        <source>Time to first token in milliseconds (streamed requests)</source>
        <translation>Zeit bis zum ersten Token in Millisekunden (gestreamte Anfragen)</translation>
    </message>
    <message>
        <location filename="../ui/models/LiveTrafficModel.cpp" line="28"/>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <location filename="../ui/models/LiveTrafficModel.cpp" line="29"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../ui/models/LiveTrafficModel.cpp" line="30"/>
        <source>Cost in US dollars</source>
        <translation>Kosten in US-Dollar</translation>
    </message>
    <message>
        <location filename="../ui/models/LiveTrafficModel.cpp" line="30"/>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation type="vanished">Latenz (ms)</translation>
    </message>
    <message>
        <source>TTFT (ms)</source>
        <translation type="vanished">TTFT (ms)</translation>
    </message>
    <message>
        <location filename="../ui/models/LiveTrafficModel.cpp" line="29"/>
        <source>Tokens in / out</source>
        <translation>Tokens ein / aus</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation type="vanished">Kosten (USD)</translation>
    </message>
</context>
<context>
    <name>sy::LiveTrafficPage</name>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="39"/>
        <source>Demo traffic</source>
        <translation>Demo-Verkehr</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="47"/>
        <source>Policy to serve</source>
        <translation>Auszuliefernde Richtlinie</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="48"/>
        <source>Listen address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="49"/>
        <source>Address and port, such as 127.0.0.1:4000; port 0 picks a free one</source>
        <translation>Adresse und Port, etwa 127.0.0.1:4000; Port 0 wählt einen freien</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="56"/>
        <source>Policy:</source>
        <translation>Richtlinie:</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="58"/>
        <source>Listen on:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="62"/>
        <source>Send a few sample requests a second through the running proxy, to see it work without a client</source>
        <translation>Einige Beispielanfragen pro Sekunde durch den laufenden Proxy schicken, um ihn ohne eigenen Client arbeiten zu sehen</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="67"/>
        <source>Search client, route, model, error…</source>
        <translation>Client, Route, Modell, Fehler suchen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="68"/>
        <source>Search requests</source>
        <translation>Anfragen durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="70"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="70"/>
        <source>Successes</source>
        <translation>Erfolge</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="70"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="71"/>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="72"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="75"/>
        <source>Hold the table still to read it; requests that arrive meanwhile are added on resume</source>
        <translation>Die Tabelle anhalten, um sie zu lesen; Anfragen, die inzwischen ankommen, werden beim Fortsetzen ergänzt</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="94"/>
        <source>Recent requests</source>
        <translation>Letzte Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="123"/>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="147"/>
        <source>Request details</source>
        <translation>Anfragedetails</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="124"/>
        <source>Select a request to see its decision trace, attempts and bodies.</source>
        <translation>Eine Anfrage auswählen, um ihre Entscheidungsspur, Versuche und Inhalte zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="131"/>
        <source>Requests per second</source>
        <translation>Anfragen pro Sekunde</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="132"/>
        <source>requests/s</source>
        <translation>Anfragen/s</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="133"/>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
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
        <translation>Ausgaben (USD, kumuliert)</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="146"/>
        <source>Request details and charts</source>
        <translation>Anfragedetails und Diagramme</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="148"/>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="158"/>
        <source>No requests yet. Press &lt;b&gt;Start proxy&lt;/b&gt;, then &lt;b&gt;Demo traffic&lt;/b&gt; to send sample requests through the simulated providers, or point any OpenAI or Anthropic client at the address shown.</source>
        <translation>Noch keine Anfragen. &lt;b&gt;Proxy starten&lt;/b&gt; drücken, dann &lt;b&gt;Demo-Verkehr&lt;/b&gt;, um Beispielanfragen durch die simulierten Anbieter zu schicken, oder einen beliebigen OpenAI- oder Anthropic-Client auf die angezeigte Adresse richten.</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="189"/>
        <source>Switch the served policy</source>
        <translation>Ausgelieferte Richtlinie wechseln</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="190"/>
        <source>The proxy at %1 serves &quot;%2&quot;. Serve &quot;%3&quot; instead? Requests in flight finish on the old one.</source>
        <translation>Der Proxy unter %1 liefert „%2“ aus. Stattdessen „%3“ ausliefern? Laufende Anfragen enden mit der alten.</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="194"/>
        <source>Switch</source>
        <translation>Wechseln</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="234"/>
        <source>The listen address must look like 127.0.0.1:4000, not &quot;%1&quot;.</source>
        <translation>Die Adresse muss wie 127.0.0.1:4000 aussehen, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="239"/>
        <source>There is no policy to serve yet: create one on the Policies page.</source>
        <translation>Es gibt noch keine Richtlinie: Legen Sie eine auf der Seite „Richtlinien“ an.</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="250"/>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="329"/>
        <source>Policy &quot;%1&quot; cannot be served:
%2</source>
        <translation>Richtlinie „%1“ kann nicht ausgeliefert werden:
%2</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="260"/>
        <source>The environment variable %1 (Settings) holds no client keys.</source>
        <translation>Die Umgebungsvariable %1 (Einstellungen) enthält keine Client-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="343"/>
        <source>Stop proxy</source>
        <translation>Proxy anhalten</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="343"/>
        <source>Start proxy</source>
        <translation>Proxy starten</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="347"/>
        <source>Serving %1 at %2</source>
        <translation>Liefert %1 unter %2 aus</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="348"/>
        <source>Starting…</source>
        <translation>Startet…</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="348"/>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="353"/>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="354"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="355"/>
        <source>Resume (%n new)</source>
        <translation>
            <numerusform>Fortsetzen (%n neu)</numerusform>
            <numerusform>Fortsetzen (%n neue)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="396"/>
        <source>Response cache: %1 of %2 requests answered from it (%3%, %4 similar), saved $%5, %6 served.</source>
        <translation>Antwort-Cache: %1 von %2 Anfragen daraus beantwortet (%3 %, %4 ähnliche), $%5 gespart, %6 ausgeliefert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="403"/>
        <source>It holds %n answer(s) in %1.</source>
        <translation>
            <numerusform>Er hält %n Antwort in %1.</numerusform>
            <numerusform>Er hält %n Antworten in %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="528"/>
        <source>Feedback</source>
        <translation>Rückmeldung</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="531"/>
        <source>%1: %2%3%4 (%5)</source>
        <translation>%1: %2%3%4 (%5)</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="533"/>
        <source>score %1</source>
        <translation>Bewertung %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="533"/>
        <source>no score</source>
        <translation>keine Bewertung</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="536"/>
        <source>by header</source>
        <translation>per Header</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="536"/>
        <source>by the feedback endpoint</source>
        <translation>über den Rückmeldungs-Endpunkt</translation>
    </message>
    <message>
        <source>Response cache: %1 of %2 requests answered from it (%3%, %4 similar), saved $%5, %6 served; it holds %7 answers in %8.</source>
        <translation type="vanished">Antwort-Cache: %1 von %2 Anfragen daraus beantwortet (%3 %, %4 ähnliche), $%5 gespart, %6 ausgeliefert; er hält %7 Antworten in %8.</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="444"/>
        <source>Show the path in the policy editor</source>
        <translation>Den Weg im Richtlinien-Editor zeigen</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="445"/>
        <source>&lt;p&gt;Status %1, %2 attempt(s), %3 ms, first token %4, %5 in / %6 out tokens, $%7&lt;/p&gt;</source>
        <translation>&lt;p&gt;Status %1, %2 Versuch(e), %3 ms, erstes Token %4, %5 ein / %6 aus Tokens, $%7&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="449"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="449"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="454"/>
        <source>Request id:</source>
        <translation>Anfrage-ID:</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="457"/>
        <source>A shadow test&apos;s mirror of request %1: its answer was logged, never served.</source>
        <translation>Spiegelung der Anfrage %1 durch einen Schattentest: ihre Antwort wurde protokolliert, nie ausgeliefert.</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="459"/>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="460"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="478"/>
        <source>Selector (%1) at %2</source>
        <translation>Auswahl (%1) bei %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="479"/>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="479"/>
        <source>Similarity</source>
        <translation>Ähnlichkeit</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="479"/>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="483"/>
        <source> (chosen)</source>
        <translation> (gewählt)</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="486"/>
        <source>No candidate reached its threshold: the default was taken.</source>
        <translation>Kein Kandidat erreichte seine Schwelle: die Vorgabe wurde genommen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="487"/>
        <source>Threshold %1.</source>
        <translation>Schwelle %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="492"/>
        <source>Prompt: %1 tokens, depth %2, language %3, question %4, complexity %5%6%7%8</source>
        <translation>Prompt: %1 Tokens, Tiefe %2, Sprache %3, Frage %4, Komplexität %5%6%7%8</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="497"/>
        <source>, code</source>
        <translation>, Code</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="498"/>
        <source>, math</source>
        <translation>, Mathematik</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="499"/>
        <source>, structured data</source>
        <translation>, strukturierte Daten</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="506"/>
        <source>&lt;p&gt;&lt;b&gt;Targets:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ziele:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="509"/>
        <source>How it was decided</source>
        <translation>Wie entschieden wurde</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="514"/>
        <source>Decision trace (JSON)</source>
        <translation>Entscheidungsprotokoll (JSON)</translation>
    </message>
    <message>
        <source>Decision trace</source>
        <translation type="vanished">Entscheidungsspur</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="517"/>
        <source>Request body</source>
        <translation>Anfrageinhalt</translation>
    </message>
    <message>
        <location filename="../ui/pages/LiveTrafficPage.cpp" line="519"/>
        <source>Response body</source>
        <translation>Antwortinhalt</translation>
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
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="101"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="102"/>
        <source>Providers &amp; Models</source>
        <translation>Anbieter &amp; Modelle</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="103"/>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="104"/>
        <source>Side by Side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="105"/>
        <source>Prompt Sets &amp; Replays</source>
        <translation>Prompt-Sätze &amp; Wiederholungen</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="106"/>
        <source>Live Traffic</source>
        <translation>Live-Verkehr</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="107"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="108"/>
        <source>Experiments</source>
        <translation>Experimente</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="109"/>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="110"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/MainWindow.cpp" line="142"/>
        <source>Added %1 with %n model(s); see Providers &amp; Models.</source>
        <translation>
            <numerusform>%1 mit %n Modell hinzugefügt; siehe Anbieter &amp; Modelle.</numerusform>
            <numerusform>%1 mit %n Modellen hinzugefügt; siehe Anbieter &amp; Modelle.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="154"/>
        <source>Opening workspace…</source>
        <translation>Arbeitsbereich wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="156"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="vanished">&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="82"/>
        <source>The rollout step could not be saved: %1</source>
        <translation>Der Einführungsschritt konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="157"/>
        <source>&amp;New workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="159"/>
        <source>&amp;Open workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="162"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="166"/>
        <source>Open the &amp;demo workspace</source>
        <translation>&amp;Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="167"/>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="170"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="173"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="174"/>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="180"/>
        <source>Theme: %1</source>
        <translation>Farbschema: %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="188"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="197"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="198"/>
        <source>Find an action…</source>
        <translation>Aktion finden…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="200"/>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="203"/>
        <source>&amp;About Switchyard</source>
        <translation>Ü&amp;ber Switchyard</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="224"/>
        <source>Saved the candidate as policy &quot;%1&quot;; the proxy at %2 now serves it.</source>
        <translation>Kandidat als Richtlinie „%1“ gespeichert; der Proxy unter %2 liefert sie jetzt aus.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="225"/>
        <source>Saved the candidate as policy &quot;%1&quot; and started the proxy at %2 to serve it.</source>
        <translation>Kandidat als Richtlinie „%1“ gespeichert und den Proxy unter %2 dafür gestartet.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="273"/>
        <source>Workspace %1 — simulated providers at %2</source>
        <translation>Arbeitsbereich %1 — simulierte Anbieter unter %2</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="275"/>
        <source>%1 — Switchyard</source>
        <translation>%1 — Switchyard</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="278"/>
        <source>Could not open the workspace</source>
        <translation>Der Arbeitsbereich konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="318"/>
        <source>Policy editor</source>
        <translation>Richtlinieneditor</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="325"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="399"/>
        <source>The proxy is serving at %1. Quitting stops it, and clients using it get errors.</source>
        <translation>Der Proxy liefert unter %1 aus. Beenden hält ihn an; Clients, die ihn nutzen, erhalten Fehler.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="402"/>
        <source>Stop proxy and quit</source>
        <translation>Proxy anhalten und beenden</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="427"/>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="427"/>
        <source>Switchyard workspaces (*.switchyard)</source>
        <translation>Switchyard-Arbeitsbereiche (*.switchyard)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="432"/>
        <source>%1 exists already: open it with File ▸ Open workspace.</source>
        <translation>%1 gibt es schon: mit Datei ▸ Arbeitsbereich öffnen öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="442"/>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="443"/>
        <source>Switchyard workspaces (*.switchyard);;All files (*)</source>
        <translation>Switchyard-Arbeitsbereiche (*.switchyard);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="457"/>
        <source>Open recent: %1</source>
        <translation>Zuletzt geöffnet: %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="460"/>
        <source>No recent workspaces</source>
        <translation>Keine zuletzt geöffneten Arbeitsbereiche</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="462"/>
        <source>Clear the list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="463"/>
        <source>Clear recent workspaces</source>
        <translation>Liste der zuletzt geöffneten Arbeitsbereiche leeren</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="546"/>
        <source>The proxy is serving at %1. Closing the window stops it.</source>
        <translation>Der Proxy liefert unter %1 aus. Schließen des Fensters hält ihn an.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="548"/>
        <source>Stop proxy and close</source>
        <translation>Proxy anhalten und schließen</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="549"/>
        <source>Keep running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
</context>
<context>
    <name>sy::NewReplayDialog</name>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="32"/>
        <source>Ask the providers even for answers in the cache</source>
        <translation>Anbieter auch für zwischengespeicherte Antworten fragen</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="33"/>
        <source>Stream the answers (measures the time to the first token)</source>
        <translation>Antworten streamen (misst die Zeit bis zum ersten Token)</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="37"/>
        <source>New replay</source>
        <translation>Neuer Replay</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="39"/>
        <source>Prompt set</source>
        <translation>Prompt-Set</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="48"/>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="49"/>
        <source>One per line, KIND[:ARG][@WEIGHT]: numeric, contains-any:yes|no, regex:^A, json, rouge-l, judge:PROVIDER/MODEL, pairwise:PROVIDER/MODEL, latency:2000 …</source>
        <translation>Einer pro Zeile, ART[:ARG][@GEWICHT]: numeric, contains-any:yes|no, regex:^A, json, rouge-l, judge:ANBIETER/MODELL, pairwise:ANBIETER/MODELL, latency:2000 …</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="51"/>
        <source>Scorers</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="54"/>
        <source>Judge rubric</source>
        <translation>Bewertungsrubrik</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="61"/>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="63"/>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="64"/>
        <source> req/s</source>
        <translation> Anfr./s</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="68"/>
        <source>no cap</source>
        <translation>keine Obergrenze</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="70"/>
        <source>provider default</source>
        <translation>Vorgabe des Anbieters</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="81"/>
        <source>Prompt set:</source>
        <translation>Prompt-Set:</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="82"/>
        <source>Candidates:</source>
        <translation>Kandidaten:</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="83"/>
        <source>Scorers:</source>
        <translation>Bewertungen:</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="84"/>
        <source>Judge rubric:</source>
        <translation>Bewertungsrubrik:</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="85"/>
        <source>Repeats per prompt:</source>
        <translation>Wiederholungen je Prompt:</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="86"/>
        <source>In flight per candidate:</source>
        <translation>Gleichzeitig je Kandidat:</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="87"/>
        <source>In flight per provider:</source>
        <translation>Gleichzeitig je Anbieter:</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="88"/>
        <source>Rate limit:</source>
        <translation>Ratenlimit:</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="89"/>
        <source>Spend cap:</source>
        <translation>Ausgabengrenze:</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="90"/>
        <source>Output tokens per request:</source>
        <translation>Ausgabe-Token je Anfrage:</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="91"/>
        <source>Pass at quality:</source>
        <translation>Bestanden ab Qualität:</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="96"/>
        <source>Start replay</source>
        <translation>Replay starten</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="131"/>
        <source>Tick at least one candidate.</source>
        <translation>Wählen Sie mindestens einen Kandidaten.</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="158"/>
        <source>The workspace has no prompt set: import one on the Prompt sets tab.</source>
        <translation>Der Arbeitsbereich hat kein Prompt-Set: Importieren Sie eines im Reiter „Prompt-Sets“.</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="187"/>
        <source>Nothing scores the answers: this set has no reference answers, so add a judge, such as judge:%1.</source>
        <translation>Nichts bewertet die Antworten: Dieser Satz hat keine Referenzantworten, also einen Bewerter hinzufügen, etwa judge:%1.</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="194"/>
        <source>%1 requests (%2 prompts × %3 candidates × %4 repeats); at most $%5 before the cache%6</source>
        <translation>%1 Anfragen (%2 Prompts × %3 Kandidaten × %4 Wiederholungen); höchstens $%5 vor dem Cache%6</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="200"/>
        <source> — the cap stops it earlier</source>
        <translation> — die Obergrenze stoppt früher</translation>
    </message>
    <message>
        <location filename="../ui/replayview/NewReplayDialog.cpp" line="202"/>
        <source>Reading the prompt set…</source>
        <translation>Prompt-Set wird gelesen …</translation>
    </message>
</context>
<context>
    <name>sy::NodeForm</name>
    <message>
        <source>Target: one model</source>
        <translation type="vanished">Ziel: ein Modell</translation>
    </message>
    <message>
        <source>Fallback chain: tries each step in order until one succeeds</source>
        <translation type="vanished">Ausweichkette: versucht jeden Schritt der Reihe nach, bis einer gelingt</translation>
    </message>
    <message>
        <source>Weighted split: sends each request to one arm by weight</source>
        <translation type="vanished">Gewichtete Aufteilung: schickt jede Anfrage nach Gewicht an einen Zweig</translation>
    </message>
    <message>
        <source>Conditional: the first rule that matches decides</source>
        <translation type="vanished">Bedingt: die erste zutreffende Regel entscheidet</translation>
    </message>
    <message>
        <source>Route reference: continues in another route</source>
        <translation type="vanished">Routenverweis: geht in einer anderen Route weiter</translation>
    </message>
    <message>
        <source>Selector: a method picks one candidate</source>
        <translation type="vanished">Auswahl: ein Verfahren wählt einen Kandidaten</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="58"/>
        <source>connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="59"/>
        <source>timeout</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="60"/>
        <source>rate limited (429)</source>
        <translation>Ratenlimit (429)</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="61"/>
        <source>server error (5xx)</source>
        <translation>Serverfehler (5xx)</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="62"/>
        <source>client error (4xx)</source>
        <translation>Clientfehler (4xx)</translation>
    </message>
    <message>
        <source>stream failed before its first token</source>
        <translation type="vanished">Stream vor dem ersten Token abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="31"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="32"/>
        <source>Fallback chain</source>
        <translation>Ausweichkette</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="33"/>
        <source>Weighted split</source>
        <translation>Gewichtete Aufteilung</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="34"/>
        <source>Conditional</source>
        <translation>Bedingt</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="35"/>
        <source>Route reference</source>
        <translation>Routenverweis</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="36"/>
        <source>Selector</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="45"/>
        <source>Sends the request to one model.</source>
        <translation>Schickt die Anfrage an ein Modell.</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="46"/>
        <source>Tries each step in order until one succeeds.</source>
        <translation>Versucht die Schritte der Reihe nach, bis einer gelingt.</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="47"/>
        <source>Sends each request to one arm by weight.</source>
        <translation>Schickt jede Anfrage nach Gewicht an einen Zweig.</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="48"/>
        <source>The first rule that matches decides.</source>
        <translation>Die erste zutreffende Regel entscheidet.</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="49"/>
        <source>Continues in another route.</source>
        <translation>Geht in einer anderen Route weiter.</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="50"/>
        <source>A method picks one candidate.</source>
        <translation>Ein Verfahren wählt einen Kandidaten.</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="63"/>
        <source>broken stream</source>
        <translation>Stream abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="76"/>
        <source>Node properties</source>
        <translation>Knoteneigenschaften</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="142"/>
        <source>Start the proxy with this policy to see each target&apos;s latency, p95 and load here.</source>
        <translation>Starten Sie den Proxy mit dieser Richtlinie, um hier Latenz, p95 und Last jedes Ziels zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="149"/>
        <source>%1: not in the policy the proxy serves</source>
        <translation>%1: nicht in der Richtlinie, die der Proxy bedient</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="153"/>
        <source>%1: no answers yet</source>
        <translation>%1: noch keine Antworten</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/NodeForm.cpp" line="154"/>
        <source>%1: %2 ms on average, p95 %3, first token %4, %n recent answer(s)</source>
        <translation>
            <numerusform>%1: im Mittel %2 ms, p95 %3, erstes Token %4, %n Antwort in letzter Zeit</numerusform>
            <numerusform>%1: im Mittel %2 ms, p95 %3, erstes Token %4, %n Antworten in letzter Zeit</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="157"/>
        <location filename="../ui/editor/NodeForm.cpp" line="158"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/NodeForm.cpp" line="159"/>
        <source>, %n in flight</source>
        <translation>
            <numerusform>, %n in Bearbeitung</numerusform>
            <numerusform>, %n in Bearbeitung</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="161"/>
        <source>, breaker open</source>
        <translation>, Sicherung offen</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="184"/>
        <source>Select a node in the tree or the diagram to edit it.</source>
        <translation>Einen Knoten im Baum oder im Diagramm auswählen, um ihn zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="195"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="208"/>
        <source>optional, shown in traces</source>
        <translation>optional, erscheint in Spuren</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="210"/>
        <source>Rename node</source>
        <translation>Knoten umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="212"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="227"/>
        <source>Edit node as JSON…</source>
        <translation>Knoten als JSON bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="286"/>
        <location filename="../ui/editor/NodeForm.cpp" line="439"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="297"/>
        <source>Step %1 of %2 in the fallback chain. Drag it in the tree, or use Move up and Move down, to change the order.</source>
        <translation>Schritt %1 von %2 der Ausweichkette. Im Baum ziehen oder „Nach oben“/„Nach unten“ verwenden, um die Reihenfolge zu ändern.</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="305"/>
        <source>Used when the selector cannot decide.</source>
        <translation>Wird verwendet, wenn die Auswahl nicht entscheiden kann.</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="306"/>
        <source>Used when no rule matches.</source>
        <translation>Wird verwendet, wenn keine Regel zutrifft.</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="318"/>
        <source>Rename rule</source>
        <translation>Regel umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="320"/>
        <source>Rule name</source>
        <translation>Regelname</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="324"/>
        <source>Change condition</source>
        <translation>Bedingung ändern</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="331"/>
        <source>When</source>
        <translation>Wenn</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="345"/>
        <source>Rename arm</source>
        <translation>Zweig umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="347"/>
        <source>Arm label</source>
        <translation>Zweigbezeichnung</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="371"/>
        <source>Change model</source>
        <translation>Modell ändern</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="373"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="375"/>
        <location filename="../ui/editor/NodeForm.cpp" line="388"/>
        <location filename="../ui/editor/NodeForm.cpp" line="393"/>
        <location filename="../ui/editor/NodeForm.cpp" line="406"/>
        <location filename="../ui/editor/NodeForm.cpp" line="450"/>
        <location filename="../ui/editor/NodeForm.cpp" line="541"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="378"/>
        <source>Change timeout</source>
        <translation>Zeitlimit ändern</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="380"/>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="385"/>
        <source>Change retries</source>
        <translation>Wiederholungen ändern</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="387"/>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="390"/>
        <location filename="../ui/editor/NodeForm.cpp" line="396"/>
        <source>Change backoff</source>
        <translation>Wartezeit ändern</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="392"/>
        <source>First backoff</source>
        <translation>Erste Wartezeit</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="398"/>
        <source>Longest backoff</source>
        <translation>Längste Wartezeit</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="402"/>
        <source>Change concurrency</source>
        <translation>Parallelität ändern</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="404"/>
        <source>Most in flight</source>
        <translation>Höchstens gleichzeitig</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="405"/>
        <source>Beyond this many requests in flight the target counts as full and a fallback bursts past it.</source>
        <translation>Ab so vielen laufenden Anfragen gilt das Ziel als voll, und eine Ausweichkette weicht auf das nächste aus.</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="408"/>
        <source>Change queue wait</source>
        <translation>Warteschlangenzeit ändern</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="410"/>
        <source>Wait for a slot</source>
        <translation>Auf einen Platz warten</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="412"/>
        <source>Circuit breaker</source>
        <translation>Schutzschalter</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="419"/>
        <source>Add circuit breaker</source>
        <translation>Schutzschalter hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="419"/>
        <source>Remove circuit breaker</source>
        <translation>Schutzschalter entfernen</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="427"/>
        <location filename="../ui/editor/NodeForm.cpp" line="442"/>
        <source>Change circuit breaker</source>
        <translation>Schutzschalter ändern</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="434"/>
        <source>Open after failures in a row</source>
        <translation>Öffnen nach Fehlern in Folge</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="447"/>
        <source>Or error rate above</source>
        <translation>Oder Fehlerquote über</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="448"/>
        <source>Over a window of</source>
        <translation>In einem Zeitfenster von</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="448"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="449"/>
        <source>With at least</source>
        <translation>Mit mindestens</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="449"/>
        <source> requests</source>
        <translation> Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="450"/>
        <source>Stay open for</source>
        <translation>Offen bleiben für</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="455"/>
        <source>Request parameters</source>
        <translation>Anfrageparameter</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="457"/>
        <location filename="../ui/editor/NodeForm.cpp" line="554"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="463"/>
        <source>Only after these failures</source>
        <translation>Nur nach diesen Fehlern</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="466"/>
        <source>When unchecked: after the usual failures (connection, timeout, 429, 5xx, broken stream).</source>
        <translation>Ohne Haken: nach den üblichen Fehlern (Verbindung, Zeitüberschreitung, 429, 5xx, abgebrochener Stream).</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="472"/>
        <source>The stream failed before its first token reached the client.</source>
        <translation>Der Stream brach ab, bevor sein erstes Token beim Client ankam.</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="475"/>
        <location filename="../ui/editor/NodeForm.cpp" line="484"/>
        <source>Change when to fall back</source>
        <translation>Ändern, wann ausgewichen wird</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="488"/>
        <source>Move on</source>
        <translation>Weitergehen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/NodeForm.cpp" line="489"/>
        <source>%n step(s). Add steps with Add ▸ while this chain is selected.</source>
        <translation>
            <numerusform>%n Schritt. Schritte mit „Hinzufügen ▸“ anfügen, während diese Kette ausgewählt ist.</numerusform>
            <numerusform>%n Schritte. Schritte mit „Hinzufügen ▸“ anfügen, während diese Kette ausgewählt ist.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="503"/>
        <source>by weight</source>
        <translation>nach Gewicht</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="504"/>
        <source>least latency (moving average)</source>
        <translation>geringste Latenz (gleitender Mittelwert)</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="505"/>
        <source>least busy (requests in flight)</source>
        <translation>am wenigsten ausgelastet (laufende Anfragen)</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="506"/>
        <source>lowest cost for the request</source>
        <translation>geringste Kosten für die Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="507"/>
        <source>cheapest within a latency objective</source>
        <translation>am günstigsten innerhalb eines Latenzziels</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="515"/>
        <source>Change how an arm is chosen</source>
        <translation>Ändern, wie ein Zweig gewählt wird</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="521"/>
        <source>Choose an arm</source>
        <translation>Zweig wählen</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="527"/>
        <source>whole answer</source>
        <translation>ganze Antwort</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="528"/>
        <source>first token</source>
        <translation>erstes Token</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="532"/>
        <source>Change the latency measured</source>
        <translation>Gemessene Latenz ändern</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="534"/>
        <source>Latency of</source>
        <translation>Latenz bis</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="544"/>
        <source>Change the latency objective</source>
        <translation>Latenzziel ändern</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="546"/>
        <source>p95 objective</source>
        <translation>p95-Ziel</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="561"/>
        <source>random per request</source>
        <translation>zufällig je Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="563"/>
        <source>Change sticky key</source>
        <translation>Bindungsschlüssel ändern</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="565"/>
        <source>Keep a client on one arm by</source>
        <translation>Einen Client an einen Zweig binden per</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="567"/>
        <source>change to reshuffle assignments</source>
        <translation>ändern, um Zuordnungen neu zu mischen</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="569"/>
        <source>Change salt</source>
        <translation>Salt ändern</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="571"/>
        <source>Experiment salt</source>
        <translation>Experiment-Salt</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="587"/>
        <source>Weight of arm %1</source>
        <translation>Gewicht von Zweig %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="592"/>
        <source>Weight of arm %1 in percent</source>
        <translation>Gewicht von Zweig %1 in Prozent</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="598"/>
        <source>Change weights</source>
        <translation>Gewichte ändern</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="610"/>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="630"/>
        <source>Total: %1%</source>
        <translation>Summe: %1 %</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/NodeForm.cpp" line="635"/>
        <source>%n rule(s), checked from the top; %1</source>
        <translation>
            <numerusform>%n Regel, von oben geprüft; %1</numerusform>
            <numerusform>%n Regeln, von oben geprüft; %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="636"/>
        <source>a default when none matches.</source>
        <translation>einen Standard, wenn keine zutrifft.</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="636"/>
        <source>no default: unmatched requests fail.</source>
        <translation>kein Standard: Anfragen ohne Treffer schlagen fehl.</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="650"/>
        <source>Change route reference</source>
        <translation>Routenverweis ändern</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="652"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="662"/>
        <source>Change selector method</source>
        <translation>Auswahlverfahren ändern</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="664"/>
        <source>Method</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="671"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/editor/NodeForm.cpp" line="674"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
</context>
<context>
    <name>sy::PoliciesPage</name>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="38"/>
        <location filename="../ui/pages/PoliciesPage.cpp" line="415"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="40"/>
        <source>&lt;h2&gt;Policies&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Richtlinien&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="42"/>
        <source>No policies yet. New starts one from the workspace&apos;s providers; Import… opens a policy file.</source>
        <translation>Noch keine Richtlinien. Neu beginnt eine mit den Anbietern des Arbeitsbereichs; Importieren… öffnet eine Richtliniendatei.</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="44"/>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="45"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="47"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="52"/>
        <source>Saved &amp;policies</source>
        <translation>Gespeicherte Richt&amp;linien</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="64"/>
        <source>Policy name</source>
        <translation>Name der Richtlinie</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="65"/>
        <source>Saving under a new name keeps the old policy and starts a new one.</source>
        <translation>Speichern unter neuem Namen behält die alte Richtlinie und beginnt eine neue.</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="67"/>
        <source>Version comment</source>
        <translation>Versionskommentar</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="68"/>
        <source>what changed (optional)</source>
        <translation>was sich geändert hat (optional)</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="71"/>
        <source>Save policy</source>
        <translation>Richtlinie speichern</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="76"/>
        <source>Save as a new version (%1)</source>
        <translation>Als neue Version speichern (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="77"/>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="79"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation type="vanished">N&amp;ame</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="80"/>
        <location filename="../ui/pages/PoliciesPage.cpp" line="401"/>
        <source>Use workspace providers</source>
        <translation>Anbieter des Arbeitsbereichs übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="82"/>
        <source>Replace this policy&apos;s providers and models with those of the Providers &amp; Models page</source>
        <translation>Die Anbieter und Modelle dieser Richtlinie durch die der Seite „Anbieter &amp; Modelle“ ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="88"/>
        <source>Na&amp;me</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="341"/>
        <source>Import policy</source>
        <translation>Richtlinie importieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="341"/>
        <source>Policy files (*.json);;All files (*)</source>
        <translation>Richtliniendateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="145"/>
        <source>Export policy</source>
        <translation>Richtlinie exportieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="146"/>
        <source>Policy files (*.json)</source>
        <translation>Richtliniendateien (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="156"/>
        <source>Rename policy</source>
        <translation>Richtlinie umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="190"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has changes that are not saved. Discard them?</source>
        <translation type="vanished">„%1“ hat ungespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="191"/>
        <source>&quot;%1&quot; has changes that are not saved.</source>
        <translation>„%1“ hat Änderungen, die nicht gespeichert sind.</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="193"/>
        <source>Save them as a new version, discard them, or stay here.</source>
        <translation>Als neue Version speichern, verwerfen oder hierbleiben.</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="224"/>
        <source>workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="234"/>
        <source>&quot;%1&quot; from the %2 cannot be opened: %3</source>
        <translation>„%1“ aus dem %2 kann nicht geöffnet werden: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/PoliciesPage.cpp" line="240"/>
        <source>Opened with %n problem(s); they are listed below the editor.</source>
        <translation>
            <numerusform>Mit %n Problem geöffnet; es steht unter dem Editor.</numerusform>
            <numerusform>Mit %n Problemen geöffnet; sie stehen unter dem Editor.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="272"/>
        <source>New policy</source>
        <translation>Neue Richtlinie</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="273"/>
        <source>A new policy</source>
        <translation>Eine neue Richtlinie</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="276"/>
        <source>New policy: build its routes, then save.</source>
        <translation>Neue Richtlinie: Routen aufbauen, dann speichern.</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="287"/>
        <source>Give the policy a name before saving.</source>
        <translation>Geben Sie der Richtlinie vor dem Speichern einen Namen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/PoliciesPage.cpp" line="292"/>
        <source>Not saved: %n problem(s) to fix first (listed below the editor).</source>
        <translation>
            <numerusform>Nicht gespeichert: erst %n Problem beheben (unter dem Editor).</numerusform>
            <numerusform>Nicht gespeichert: erst %n Probleme beheben (unter dem Editor).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="305"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="314"/>
        <source>Saved &quot;%1&quot; as version %2.</source>
        <translation>„%1“ als Version %2 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="330"/>
        <source>Version %1 cannot be opened: %2</source>
        <translation>Version %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="333"/>
        <source>Open version %1</source>
        <translation>Version %1 öffnen</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="334"/>
        <source>Version %1 is in the editor; save to make it the latest.</source>
        <translation>Version %1 ist im Editor; speichern, um sie zur neuesten zu machen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="364"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="371"/>
        <source>%1 is not a policy file:
%2</source>
        <translation>%1 ist keine Richtliniendatei:
%2</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="376"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/PoliciesPage.cpp" line="379"/>
        <source>Imported %1 (%n problem(s)); save to keep it in the workspace.</source>
        <translation>
            <numerusform>%1 importiert (%n Problem); speichern, um sie im Arbeitsbereich zu behalten.</numerusform>
            <numerusform>%1 importiert (%n Probleme); speichern, um sie im Arbeitsbereich zu behalten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="390"/>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="390"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="397"/>
        <source>The workspace has no providers yet: add them on the Providers &amp; Models page.</source>
        <translation>Der Arbeitsbereich hat noch keine Anbieter: Legen Sie sie auf der Seite „Anbieter &amp; Modelle“ an.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/PoliciesPage.cpp" line="405"/>
        <source>The policy now lists the workspace&apos;s %n provider(s); targets choose from their models.</source>
        <translation>
            <numerusform>Die Richtlinie führt jetzt den %n Anbieter des Arbeitsbereichs; Ziele wählen aus seinen Modellen.</numerusform>
            <numerusform>Die Richtlinie führt jetzt die %n Anbieter des Arbeitsbereichs; Ziele wählen aus deren Modellen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/PoliciesPage.cpp" line="415"/>
        <source>Save*</source>
        <translation>Speichern*</translation>
    </message>
</context>
<context>
    <name>sy::PolicyEditor</name>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="44"/>
        <source>&amp;Target</source>
        <translation>&amp;Ziel</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="45"/>
        <source>&amp;Fallback chain</source>
        <translation>&amp;Ausweichkette</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="46"/>
        <source>&amp;Weighted split</source>
        <translation>&amp;Gewichtete Aufteilung</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="47"/>
        <source>&amp;Conditional (rules)</source>
        <translation>&amp;Bedingt (Regeln)</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="48"/>
        <source>&amp;Route reference</source>
        <translation>&amp;Routenverweis</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="49"/>
        <source>&amp;Selector</source>
        <translation>Au&amp;swahl</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="73"/>
        <source>&amp;Routes</source>
        <translation>&amp;Routen</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="76"/>
        <source>Routes</source>
        <translation>Routen</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="78"/>
        <location filename="../ui/editor/PolicyEditor.cpp" line="145"/>
        <source>Add</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="81"/>
        <source>Add a route (a model name clients can ask for)</source>
        <translation>Eine Route hinzufügen (ein Modellname, den Clients anfragen können)</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="82"/>
        <source>Copy</source>
        <translation>Kopie</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="83"/>
        <source>Duplicate the selected route</source>
        <translation>Die ausgewählte Route duplizieren</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="84"/>
        <source>Remove</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="95"/>
        <source>Route alias</source>
        <translation>Routenalias</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="96"/>
        <source>what clients put in &quot;model&quot;</source>
        <translation>was Clients in „model“ angeben</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="97"/>
        <source>Route description</source>
        <translation>Routenbeschreibung</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="98"/>
        <source>what this route is for</source>
        <translation>wofür diese Route da ist</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="99"/>
        <source>&amp;Alias</source>
        <translation>&amp;Alias</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="101"/>
        <source>D&amp;escription</source>
        <translation>B&amp;eschreibung</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="111"/>
        <source>Response &amp;cache</source>
        <translation>Antwort-&amp;Cache</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="118"/>
        <source>Rename route</source>
        <translation>Route umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="127"/>
        <source>Describe route</source>
        <translation>Route beschreiben</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="148"/>
        <source>Add ▸</source>
        <translation>Hinzufügen ▸</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="150"/>
        <source>Add a rule, fallback step or arm under the selected node (Insert)</source>
        <translation>Unter dem ausgewählten Knoten eine Regel, einen Ausweichschritt oder einen Zweig hinzufügen (Einfg)</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="154"/>
        <source>Wrap in</source>
        <translation>Einbetten in</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="159"/>
        <source>Wrap in ▸</source>
        <translation>Einbetten in ▸</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="160"/>
        <source>Put the selected node inside a new fallback chain, split or set of rules</source>
        <translation>Den ausgewählten Knoten in eine neue Ausweichkette, Aufteilung oder Regelgruppe setzen</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="171"/>
        <source>Route tree</source>
        <translation>Routenbaum</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="206"/>
        <source>Route JSON</source>
        <translation>Routen-JSON</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="210"/>
        <source>Route views</source>
        <translation>Routenansichten</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="211"/>
        <source>Diagram</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="212"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="213"/>
        <source>Try a request</source>
        <translation>Testanfrage</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="238"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="273"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="276"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="298"/>
        <location filename="../ui/editor/PolicyEditor.cpp" line="539"/>
        <source>Set default</source>
        <translation>Standard setzen</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="299"/>
        <source>Give the selected conditional a branch for requests no rule matches</source>
        <translation>Dem ausgewählten bedingten Knoten einen Zweig für Anfragen geben, auf die keine Regel zutrifft</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="301"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="305"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="309"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="313"/>
        <source>Edit as JSON…</source>
        <translation>Als JSON bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="345"/>
        <source>(no alias)</source>
        <translation>(kein Alias)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/PolicyEditor.cpp" line="349"/>
        <source>%n problem(s) in this route</source>
        <translation>
            <numerusform>%n Problem in dieser Route</numerusform>
            <numerusform>%n Probleme in dieser Route</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="480"/>
        <source>No problems: this policy can be saved and served.</source>
        <translation>Keine Probleme: Diese Richtlinie kann gespeichert und ausgeliefert werden.</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="513"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="529"/>
        <source>Wrap in %1</source>
        <translation>In %1 einbetten</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="552"/>
        <source>Delete node</source>
        <translation>Knoten löschen</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="573"/>
        <source>Add route</source>
        <translation>Route hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="595"/>
        <source>Duplicate route</source>
        <translation>Route duplizieren</translation>
    </message>
    <message>
        <location filename="../ui/editor/PolicyEditor.cpp" line="614"/>
        <source>Remove route</source>
        <translation>Route entfernen</translation>
    </message>
</context>
<context>
    <name>sy::PolicyHistoryDialog</name>
    <message>
        <location filename="../ui/dialogs/PolicyHistoryDialog.cpp" line="25"/>
        <source>Open this version</source>
        <translation>Diese Version öffnen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PolicyHistoryDialog.cpp" line="26"/>
        <source>Previous change</source>
        <translation>Vorige Änderung</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PolicyHistoryDialog.cpp" line="26"/>
        <source>Next change</source>
        <translation>Nächste Änderung</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PolicyHistoryDialog.cpp" line="28"/>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PolicyHistoryDialog.cpp" line="30"/>
        <source>Older version</source>
        <translation>Ältere Version</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PolicyHistoryDialog.cpp" line="31"/>
        <source>Newer version</source>
        <translation>Neuere Version</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PolicyHistoryDialog.cpp" line="34"/>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PolicyHistoryDialog.cpp" line="38"/>
        <source>Load the newer version into the editor; saving it makes it the latest.</source>
        <translation>Die neuere Version in den Editor laden; Speichern macht sie zur neuesten.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PolicyHistoryDialog.cpp" line="40"/>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleiche</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PolicyHistoryDialog.cpp" line="41"/>
        <source>&amp;with</source>
        <translation>&amp;mit</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PolicyHistoryDialog.cpp" line="81"/>
        <source>Version %1 · %2</source>
        <translation>Version %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PolicyHistoryDialog.cpp" line="82"/>
        <source>Version %1 · %2 · %3</source>
        <translation>Version %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PolicyHistoryDialog.cpp" line="151"/>
        <source>The two versions are the same.</source>
        <translation>Die beiden Versionen sind gleich.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PolicyHistoryDialog.cpp" line="152"/>
        <source>%1 lines added, %2 removed.</source>
        <translation>%1 Zeilen hinzugefügt, %2 entfernt.</translation>
    </message>
</context>
<context>
    <name>sy::PolicyListModel</name>
    <message>
        <location filename="../ui/models/PolicyListModel.cpp" line="25"/>
        <source>%1 (v%2, active)</source>
        <translation>%1 (v%2, aktiv)</translation>
    </message>
    <message>
        <location filename="../ui/models/PolicyListModel.cpp" line="25"/>
        <source>%1 (v%2)</source>
        <translation>%1 (v%2)</translation>
    </message>
</context>
<context>
    <name>sy::PromptSetsPage</name>
    <message>
        <location filename="../ui/pages/PromptSetsPage.cpp" line="55"/>
        <source>&lt;h2&gt;Prompt Sets &amp;amp; Replays&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Prompt-Sätze &amp;amp; Wiederholungen&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Prompt sets are the requests a replay sends through candidate routes. Replays, scoring and the cost–latency–quality charts open here.</source>
        <translation type="vanished">Prompt-Sätze sind die Anfragen, die eine Wiederholung durch Kandidatenrouten schickt. Wiederholungen, Bewertung und die Kosten-Latenz-Qualitäts-Diagramme öffnen sich hier.</translation>
    </message>
    <message>
        <location filename="../ui/pages/PromptSetsPage.cpp" line="52"/>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <location filename="../ui/pages/PromptSetsPage.cpp" line="57"/>
        <location filename="../ui/pages/PromptSetsPage.cpp" line="99"/>
        <source>Prompt sets</source>
        <translation>Prompt-Sätze</translation>
    </message>
    <message>
        <location filename="../ui/pages/PromptSetsPage.cpp" line="58"/>
        <source>No prompt sets yet. Import… reads prompts from a JSONL or CSV file; Side by Side can add the prompts you try there.</source>
        <translation>Noch keine Prompt-Sets. Importieren… liest Prompts aus einer JSONL- oder CSV-Datei; Nebeneinander kann die dort ausprobierten Prompts hinzufügen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/PromptSetsPage.cpp" line="61"/>
        <source>Prompts of the selected set</source>
        <translation>Prompts des ausgewählten Satzes</translation>
    </message>
    <message>
        <location filename="../ui/pages/PromptSetsPage.cpp" line="63"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../ui/pages/PromptSetsPage.cpp" line="63"/>
        <source>Reference answer</source>
        <translation>Referenzantwort</translation>
    </message>
    <message>
        <location filename="../ui/pages/PromptSetsPage.cpp" line="63"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/pages/PromptSetsPage.cpp" line="63"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/pages/PromptSetsPage.cpp" line="68"/>
        <source>Search prompts, references and categories</source>
        <translation>Prompts, Referenzen und Kategorien durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/pages/PromptSetsPage.cpp" line="70"/>
        <source>Search the prompt set</source>
        <translation>Prompt-Set durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/pages/PromptSetsPage.cpp" line="72"/>
        <source>Import…</source>
        <translation>Importieren …</translation>
    </message>
    <message>
        <location filename="../ui/pages/PromptSetsPage.cpp" line="73"/>
        <source>Import a prompt set from JSONL (plain or OpenAI chat format) or CSV</source>
        <translation>Prompt-Set aus JSONL (einfach oder OpenAI-Chatformat) oder CSV importieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/PromptSetsPage.cpp" line="74"/>
        <source>Export JSONL…</source>
        <translation>JSONL exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/pages/PromptSetsPage.cpp" line="75"/>
        <source>From traffic…</source>
        <translation>Aus dem Verkehr …</translation>
    </message>
    <message>
        <location filename="../ui/pages/PromptSetsPage.cpp" line="77"/>
        <source>Make a prompt set from logged requests, with personal data and keys taken out</source>
        <translation>Ein Prompt-Set aus protokollierten Anfragen erstellen, ohne persönliche Daten und Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/pages/PromptSetsPage.cpp" line="100"/>
        <source>Replays</source>
        <translation>Replays</translation>
    </message>
    <message>
        <location filename="../ui/pages/PromptSetsPage.cpp" line="102"/>
        <source>Prompt sets and replays</source>
        <translation>Prompt-Sets und Replays</translation>
    </message>
    <message>
        <location filename="../ui/pages/PromptSetsPage.cpp" line="124"/>
        <source>Import a prompt set</source>
        <translation>Prompt-Set importieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/PromptSetsPage.cpp" line="125"/>
        <source>Prompt sets (*.jsonl *.json *.csv *.tsv);;All files (*)</source>
        <translation>Prompt-Sets (*.jsonl *.json *.csv *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/pages/PromptSetsPage.cpp" line="132"/>
        <source>Export the prompt set</source>
        <translation>Prompt-Set exportieren</translation>
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
            <numerusform>%n Prompt · Quelle: %1</numerusform>
            <numerusform>%n Prompts · Quelle: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/PromptSetsPage.cpp" line="209"/>
        <source>The changes could not be saved: %1</source>
        <translation>Die Änderungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/PromptSetsPage.cpp" line="214"/>
        <source>Saved %n prompt(s).</source>
        <translation>
            <numerusform>%n Prompt gespeichert.</numerusform>
            <numerusform>%n Prompts gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/PromptSetsPage.cpp" line="227"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/PromptSetsPage.cpp" line="249"/>
        <source>The prompt set could not be stored: %1</source>
        <translation>Das Prompt-Set konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/PromptSetsPage.cpp" line="265"/>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <location filename="../ui/pages/PromptSetsPage.cpp" line="265"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>sy::ProviderDialog</name>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="34"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="35"/>
        <source>&amp;Add listed models</source>
        <translation>Gelistete Modelle &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="38"/>
        <source>Add provider</source>
        <translation>Anbieter hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="38"/>
        <source>Edit provider %1</source>
        <translation>Anbieter %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="41"/>
        <source>Custom</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="44"/>
        <source>Preset</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="45"/>
        <source>OpenAI-compatible</source>
        <translation>OpenAI-kompatibel</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="46"/>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="48"/>
        <source>a short name, such as openai or local-llama</source>
        <translation>ein kurzer Name, etwa openai oder local-llama</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="50"/>
        <source>No key (local server)</source>
        <translation>Kein Schlüssel (lokaler Server)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="51"/>
        <source>Environment variable</source>
        <translation>Umgebungsvariable</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="52"/>
        <source>Keychain entry</source>
        <translation>Schlüsselbundeintrag</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="54"/>
        <source>variable or entry name, such as OPENAI_API_KEY</source>
        <translation>Variablen- oder Eintragsname, etwa OPENAI_API_KEY</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="56"/>
        <source>Provider id</source>
        <translation>Anbieter-ID</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="56"/>
        <source>API kind</source>
        <translation>API-Art</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="56"/>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="57"/>
        <source>Credential source</source>
        <translation>Herkunft des Schlüssels</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="57"/>
        <source>Credential name</source>
        <translation>Name des Schlüssels</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="59"/>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="59"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="61"/>
        <source>Extra headers</source>
        <translation>Zusätzliche Header</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="68"/>
        <source>Add header</source>
        <translation>Header hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="71"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="71"/>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="71"/>
        <source>Input $/Mtok</source>
        <translation>Eingabe $/MTok</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="71"/>
        <source>Output $/Mtok</source>
        <translation>Ausgabe $/MTok</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="71"/>
        <source>Cached $/Mtok</source>
        <translation>Zwischengespeichert $/MTok</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="72"/>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="72"/>
        <source>Capabilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="77"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="78"/>
        <source>Capabilities: %1</source>
        <translation>Fähigkeiten: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="80"/>
        <source>Add model</source>
        <translation>Modell hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="81"/>
        <source>Remove model</source>
        <translation>Modell entfernen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="99"/>
        <source>Problem with the form</source>
        <translation>Problem im Formular</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="102"/>
        <source>&amp;Preset:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="103"/>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="104"/>
        <source>&amp;API:</source>
        <translation>&amp;API:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="105"/>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="109"/>
        <source>&amp;Credential:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="123"/>
        <source>Extra headers sent with every request (never keys: use the credential):</source>
        <translation>Zusätzliche Header für jede Anfrage (nie Schlüssel: dafür gibt es den Schlüsselverweis):</translation>
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
            <numerusform>✓ %n Modell in %1 ms: %2</numerusform>
            <numerusform>✓ %n Modelle in %1 ms: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="246"/>
        <source>The provider needs an id.</source>
        <translation>Der Anbieter braucht eine ID.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="249"/>
        <source>The id may use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only (it is written before a &apos;/&apos; in model names).</source>
        <translation>Die ID darf nur Buchstaben, Ziffern, „.“, „_“ und „-“ enthalten (sie steht in Modellnamen vor einem „/“).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="251"/>
        <source>Another provider is already called %1.</source>
        <translation>Ein anderer Anbieter heißt bereits %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="254"/>
        <source>The base URL must be an http:// or https:// address, such as https://api.openai.com/v1.</source>
        <translation>Die Basis-URL muss eine http://- oder https://-Adresse sein, etwa https://api.openai.com/v1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="257"/>
        <source>Name the %1 that holds the key.</source>
        <translation>Nennen Sie die %1, die den Schlüssel enthält.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="257"/>
        <source>environment variable</source>
        <translation>Umgebungsvariable</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="257"/>
        <source>keychain entry</source>
        <translation>Schlüsselbundeintrag</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="261"/>
        <source>The model %1 is listed twice.</source>
        <translation>Das Modell %1 ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ProviderDialog.cpp" line="280"/>
        <source>Asking %1/models…</source>
        <translation>Frage %1/models ab…</translation>
    </message>
</context>
<context>
    <name>sy::ProviderModelTableModel</name>
    <message>
        <location filename="../ui/models/ProviderModelTableModel.cpp" line="70"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/models/ProviderModelTableModel.cpp" line="71"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../ui/models/ProviderModelTableModel.cpp" line="72"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/models/ProviderModelTableModel.cpp" line="73"/>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location filename="../ui/models/ProviderModelTableModel.cpp" line="74"/>
        <source>Input $/Mtok</source>
        <translation>Eingabe $/MTok</translation>
    </message>
    <message>
        <location filename="../ui/models/ProviderModelTableModel.cpp" line="75"/>
        <source>Output $/Mtok</source>
        <translation>Ausgabe $/MTok</translation>
    </message>
    <message>
        <location filename="../ui/models/ProviderModelTableModel.cpp" line="76"/>
        <source>Cached $/Mtok</source>
        <translation>Zwischengespeichert $/MTok</translation>
    </message>
    <message>
        <location filename="../ui/models/ProviderModelTableModel.cpp" line="77"/>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location filename="../ui/models/ProviderModelTableModel.cpp" line="78"/>
        <source>Capabilities</source>
        <translation>Fähigkeiten</translation>
    </message>
</context>
<context>
    <name>sy::ProvidersPage</name>
    <message>
        <location filename="../ui/pages/ProvidersPage.cpp" line="20"/>
        <source>&amp;Add provider…</source>
        <translation>Anbieter &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/ProvidersPage.cpp" line="20"/>
        <source>&amp;Edit provider…</source>
        <translation>Anbieter &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/pages/ProvidersPage.cpp" line="21"/>
        <source>&amp;Remove provider</source>
        <translation>Anbieter &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/pages/ProvidersPage.cpp" line="23"/>
        <source>&lt;h2&gt;Providers &amp;amp; Models&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Anbieter &amp;amp; Modelle&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/pages/ProvidersPage.cpp" line="24"/>
        <source>Filter models, providers, capabilities…</source>
        <translation>Modelle, Anbieter, Fähigkeiten filtern…</translation>
    </message>
    <message>
        <location filename="../ui/pages/ProvidersPage.cpp" line="26"/>
        <source>Filter models</source>
        <translation>Modelle filtern</translation>
    </message>
    <message>
        <location filename="../ui/pages/ProvidersPage.cpp" line="33"/>
        <source>No providers yet. Add provider… fills in a form from presets (OpenAI, Anthropic, Groq, local servers and more); the Welcome page finds llama.cpp, Ollama, LM Studio or vLLM running here.</source>
        <translation>Noch keine Anbieter. Anbieter hinzufügen… füllt ein Formular aus Vorlagen (OpenAI, Anthropic, Groq, lokale Server und mehr); die Willkommensseite findet llama.cpp, Ollama, LM Studio oder vLLM auf diesem Rechner.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ProvidersPage.cpp" line="36"/>
        <source>Models and their prices</source>
        <translation>Modelle und ihre Preise</translation>
    </message>
    <message>
        <location filename="../ui/pages/ProvidersPage.cpp" line="49"/>
        <source>Add a provider (%1)</source>
        <translation>Einen Anbieter hinzufügen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/ProvidersPage.cpp" line="114"/>
        <source>Remove provider</source>
        <translation>Anbieter entfernen</translation>
    </message>
    <message>
        <location filename="../ui/pages/ProvidersPage.cpp" line="115"/>
        <source>Remove %1 and its models from the workspace? Policies that use it will no longer validate.</source>
        <translation>%1 und seine Modelle aus dem Arbeitsbereich entfernen? Richtlinien, die ihn verwenden, sind dann nicht mehr gültig.</translation>
    </message>
</context>
<context>
    <name>sy::ReplayCharts</name>
    <message>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="53"/>
        <source>p50 latency</source>
        <translation>p50-Latenz</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="54"/>
        <source>p95 latency</source>
        <translation>p95-Latenz</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="55"/>
        <source>Latency percentile of the cost–latency chart</source>
        <translation>Latenzperzentil im Kosten-Latenz-Diagramm</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="60"/>
        <source>Cost against latency</source>
        <translation>Kosten gegen Latenz</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="61"/>
        <source>Quality against cost</source>
        <translation>Qualität gegen Kosten</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="62"/>
        <source>Latency CDF</source>
        <translation>Latenz-Verteilungsfunktion</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="63"/>
        <source>Quality per category</source>
        <translation>Qualität je Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="64"/>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="65"/>
        <source>$ per 1,000 requests</source>
        <translation>$ je 1000 Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="66"/>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="70"/>
        <source>mean quality</source>
        <translation>mittlere Qualität</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="67"/>
        <source>latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="68"/>
        <source>share of requests</source>
        <translation>Anteil der Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="72"/>
        <source>Cost–latency chart shows:</source>
        <translation>Kosten-Latenz-Diagramm zeigt:</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="85"/>
        <source>Quality 0</source>
        <translation>Qualität 0</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="89"/>
        <source>Colour scale of quality, from red at 0 to green at 1</source>
        <translation>Farbskala der Qualität, von Rot bei 0 bis Grün bei 1</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="91"/>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="93"/>
        <source>Marker size: quality; ★ the recommendation. Drag to pan, wheel to zoom, right-click to export.</source>
        <translation>Punktgröße: Qualität; ★ die Empfehlung. Ziehen zum Verschieben, Mausrad zum Zoomen, Rechtsklick zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="96"/>
        <source>Run a replay to see its candidates here.</source>
        <translation>Einen Replay starten, um hier seine Kandidaten zu sehen.</translation>
    </message>
    <message>
        <source>Marker colour and size: quality. Drag to pan, wheel to zoom, right-click to export.</source>
        <translation type="vanished">Farbe und Größe der Punkte: Qualität. Ziehen zum Verschieben, Mausrad zum Zoomen, Rechtsklick zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="149"/>
        <source>p95 latency (ms)</source>
        <translation>p95-Latenz (ms)</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="149"/>
        <source>p50 latency (ms)</source>
        <translation>p50-Latenz (ms)</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="166"/>
        <source>%1
quality %2 · $%3 per 1k · %4 ms</source>
        <translation>%1
Qualität %2 · $%3 je 1000 · %4 ms</translation>
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
        <translation>Pareto-Front</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="217"/>
        <source>%1
quality %2 · $%3 per 1k</source>
        <translation>%1
Qualität %2 · $%3 je 1000</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="234"/>
        <source>non-decreasing hull</source>
        <translation>nicht fallende Hülle</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="238"/>
        <source>Quality against cost — AIQ %1</source>
        <translation>Qualität gegen Kosten — AIQ %1</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="269"/>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="270"/>
        <location filename="../ui/replayview/ReplayCharts.cpp" line="279"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>sy::ReplayPage</name>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="63"/>
        <source>New replay…</source>
        <translation>Neuer Replay …</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="63"/>
        <location filename="../ui/replayview/ReplayPage.cpp" line="784"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="64"/>
        <source>Re-run errors</source>
        <translation>Fehler erneut ausführen</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="64"/>
        <source>Re-run failures</source>
        <translation>Nicht Bestandenes erneut ausführen</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="65"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="65"/>
        <location filename="../ui/replayview/ReplayPage.cpp" line="784"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="65"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="72"/>
        <source>No replays yet. New replay… sends a prompt set through the models and routes you choose and grades every answer.</source>
        <translation>Noch keine Replays. Neuer Replay … schickt ein Prompt-Set durch die gewählten Modelle und Routen und bewertet jede Antwort.</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="74"/>
        <source>Replay runs</source>
        <translation>Replay-Läufe</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="82"/>
        <source>Routing metrics</source>
        <translation>Routing-Kennzahlen</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="84"/>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="84"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="84"/>
        <source>What it says</source>
        <translation>Was sie sagt</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="96"/>
        <source>Quality points the recommendation may give up</source>
        <translation>Qualitätspunkte, die die Empfehlung aufgeben darf</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="101"/>
        <source> points</source>
        <translation> Punkte</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="102"/>
        <source>The recommendation is the cheapest candidate whose quality is within this many points (of 100) of the best.</source>
        <translation>Empfohlen wird der günstigste Kandidat, dessen Qualität höchstens so viele Punkte (von 100) unter der besten liegt.</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="104"/>
        <source>Baseline run</source>
        <translation>Vergleichslauf</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="105"/>
        <source>Views of the run</source>
        <translation>Ansichten des Laufs</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="106"/>
        <source>Replay progress</source>
        <translation>Replay-Fortschritt</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="107"/>
        <source>Weak candidate</source>
        <translation>Schwacher Kandidat</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="108"/>
        <source>Strong candidate</source>
        <translation>Starker Kandidat</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="114"/>
        <source>Candidates&apos; figures</source>
        <translation>Kennzahlen der Kandidaten</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="123"/>
        <source>Export policy…</source>
        <translation>Richtlinie exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="124"/>
        <source>Save the selected candidate as a policy file with the evidence of this run</source>
        <translation>Gewählten Kandidaten als Richtliniendatei mit den Belegen dieses Laufs speichern</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="125"/>
        <source>Activate in proxy</source>
        <translation>Im Proxy aktivieren</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="126"/>
        <source>Save the selected candidate as a workspace policy and serve it from the local proxy</source>
        <translation>Gewählten Kandidaten als Richtlinie des Arbeitsbereichs speichern und vom lokalen Proxy bedienen lassen</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="127"/>
        <source>Import outcome matrix…</source>
        <translation>Ergebnismatrix importieren …</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="128"/>
        <source>Export run…</source>
        <translation>Lauf exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="129"/>
        <source>Train router…</source>
        <translation>Router trainieren…</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="130"/>
        <source>Train a learned router on this run&apos;s outcomes and export it as a policy</source>
        <translation>Einen gelernten Router auf den Ergebnissen dieses Laufs trainieren und als Richtlinie exportieren</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="131"/>
        <source>Save this run as an HTML report, JSON, CSV or an outcome matrix</source>
        <translation>Diesen Lauf als HTML-Bericht, JSON, CSV oder Ergebnismatrix speichern</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="158"/>
        <source>Baseline:</source>
        <translation>Vergleich:</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="159"/>
        <source>Weak:</source>
        <translation>Schwach:</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="160"/>
        <source>Strong:</source>
        <translation>Stark:</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="165"/>
        <source>Within</source>
        <translation>Innerhalb</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="172"/>
        <source>Selected candidate:</source>
        <translation>Gewählter Kandidat:</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="180"/>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="181"/>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="182"/>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="252"/>
        <source>Export the winning policy</source>
        <translation>Gewinnende Richtlinie exportieren</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="252"/>
        <source>Policy files (*.json)</source>
        <translation>Richtliniendateien (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="255"/>
        <source>Export policy</source>
        <translation>Richtlinie exportieren</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="260"/>
        <source>Export the run</source>
        <translation>Lauf exportieren</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="261"/>
        <source>HTML report (*.html);;JSON (*.json);;CSV (*.csv);;Outcome matrix (*.jsonl)</source>
        <translation>HTML-Bericht (*.html);;JSON (*.json);;CSV (*.csv);;Ergebnismatrix (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="266"/>
        <source>Import an outcome matrix</source>
        <translation>Eine Ergebnismatrix importieren</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="266"/>
        <source>Outcome matrices (*.jsonl *.json)</source>
        <translation>Ergebnismatrizen (*.jsonl *.json)</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="269"/>
        <source>Import outcome matrix</source>
        <translation>Ergebnismatrix importieren</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="309"/>
        <location filename="../ui/replayview/ReplayPage.cpp" line="488"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/replayview/ReplayPage.cpp" line="349"/>
        <source>%1 × %n candidate(s)</source>
        <translation>
            <numerusform>%1 × %n Kandidat</numerusform>
            <numerusform>%1 × %n Kandidaten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="354"/>
        <source>The run could not be stored: %1</source>
        <translation>Der Lauf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="375"/>
        <source>Starting…</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="404"/>
        <source>estimating</source>
        <translation>wird geschätzt</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="404"/>
        <source>%1 s left</source>
        <translation>noch %1 s</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="405"/>
        <source>%1 min left</source>
        <translation>noch %1 min</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="406"/>
        <source>%1 of %2 done · %3 in flight · %4 · spent $%5 (judges $%6) · %7 from the cache%8</source>
        <translation>%1 von %2 erledigt · %3 laufend · %4 · ausgegeben $%5 (Bewerter $%6) · %7 aus dem Cache%8</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="414"/>
        <source> · paused</source>
        <translation> · pausiert</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="428"/>
        <source>Finished.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="428"/>
        <source>Stopped: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="444"/>
        <source>Results could not be stored: %1</source>
        <translation>Ergebnisse konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="477"/>
        <source>Run #%1: %2 results.</source>
        <translation>Lauf #%1: %2 Ergebnisse.</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="478"/>
        <source>Run #%1 can be viewed but not re-run: %2</source>
        <translation>Lauf #%1 kann angesehen, aber nicht erneut ausgeführt werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="502"/>
        <source>This run cannot be re-run: %1</source>
        <translation>Dieser Lauf kann nicht erneut ausgeführt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="514"/>
        <source>Nothing to re-run.</source>
        <translation>Nichts erneut auszuführen.</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="537"/>
        <source>AIQ %1 (area under the non-decreasing hull of quality against cost).</source>
        <translation>AIQ %1 (Fläche unter der nicht fallenden Hülle von Qualität gegen Kosten).</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="540"/>
        <location filename="../ui/replayview/ReplayPage.cpp" line="560"/>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="543"/>
        <source>%1: PGR %2 at %3% strong calls</source>
        <translation>%1: PGR %2 bei %3 % starken Aufrufen</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="544"/>
        <source>APGR %1 · CPT(20%) %2 · CPT(50%) %3 · CPT(80%) %4</source>
        <translation>APGR %1 · CPT(20%) %2 · CPT(50%) %3 · CPT(80%) %4</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="548"/>
        <source>Choose a weak and a strong candidate for PGR, APGR and CPT.</source>
        <translation>Wählen Sie einen schwachen und einen starken Kandidaten für PGR, APGR und CPT.</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="557"/>
        <source>AIQ</source>
        <translation>AIQ</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="558"/>
        <source>Area under the best quality reachable at each cost: higher means more quality for the money.</source>
        <translation>Fläche unter der besten je Kosten erreichbaren Qualität: höher heißt mehr Qualität fürs Geld.</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="561"/>
        <source>APGR</source>
        <translation>APGR</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="562"/>
        <source>Average share of the weak-to-strong quality gap recovered, over all strong-call shares.</source>
        <translation>Mittlerer Anteil der Qualitätslücke zwischen schwach und stark, der über alle Anteile starker Aufrufe geschlossen wird.</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="563"/>
        <source>CPT(20%)</source>
        <translation>CPT(20%)</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="563"/>
        <source>Strong calls needed to recover 20% of the gap.</source>
        <translation>Nötige starke Aufrufe, um 20 % der Lücke zu schließen.</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="564"/>
        <source>CPT(50%)</source>
        <translation>CPT(50%)</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="564"/>
        <source>Strong calls needed to recover half the gap.</source>
        <translation>Nötige starke Aufrufe, um die halbe Lücke zu schließen.</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="565"/>
        <source>CPT(80%)</source>
        <translation>CPT(80%)</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="565"/>
        <source>Strong calls needed to recover 80% of the gap.</source>
        <translation>Nötige starke Aufrufe, um 80 % der Lücke zu schließen.</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="567"/>
        <source>PGR of %1</source>
        <translation>PGR von %1</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="568"/>
        <source>Share of the gap this router recovers, calling the strong model for %1% of requests.</source>
        <translation>Anteil der Lücke, den dieser Router schließt, bei %1 % Aufrufen des starken Modells.</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="570"/>
        <source>PGR, APGR, CPT</source>
        <translation>PGR, APGR, CPT</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="570"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="570"/>
        <source>Choose a weak and a strong candidate above to compare routers between them.</source>
        <translation>Oben einen schwachen und einen starken Kandidaten wählen, um Router dazwischen zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="594"/>
        <source>&lt;b&gt;No recommendation yet:&lt;/b&gt; it needs finished results.</source>
        <translation>&lt;b&gt;Noch keine Empfehlung:&lt;/b&gt; Dafür braucht es fertige Ergebnisse.</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="601"/>
        <source>&lt;b&gt;Recommended: %1&lt;/b&gt; — the best quality (%2), and nothing within %3 points of it costs less.</source>
        <translation>&lt;b&gt;Empfohlen: %1&lt;/b&gt; — die beste Qualität (%2), und nichts innerhalb von %3 Punkten kostet weniger.</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="606"/>
        <source>&lt;b&gt;Recommended: %1&lt;/b&gt; — within %2 points of the best quality (%3 at %4) at the same cost, and no slower.</source>
        <translation>&lt;b&gt;Empfohlen: %1&lt;/b&gt; — innerhalb von %2 Punkten der besten Qualität (%3 mit %4), zu denselben Kosten und nicht langsamer.</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="612"/>
        <source>&lt;b&gt;Recommended: %1&lt;/b&gt; — the cheapest within %2 points of the best quality (%3 at %4): quality %5, %6% cheaper per request.</source>
        <translation>&lt;b&gt;Empfohlen: %1&lt;/b&gt; — der günstigste innerhalb von %2 Punkten der besten Qualität (%3 mit %4): Qualität %5, %6 % günstiger je Anfrage.</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="656"/>
        <location filename="../ui/replayview/ReplayPage.cpp" line="722"/>
        <source>Select a candidate first.</source>
        <translation>Wählen Sie zuerst einen Kandidaten.</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="656"/>
        <location filename="../ui/replayview/ReplayPage.cpp" line="722"/>
        <source>This run&apos;s candidates are no longer in the workspace.</source>
        <translation>Die Kandidaten dieses Laufs sind nicht mehr im Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="663"/>
        <source>Policy written to %1.</source>
        <translation>Richtlinie nach %1 geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="663"/>
        <location filename="../ui/replayview/ReplayPage.cpp" line="682"/>
        <location filename="../ui/replayview/ReplayPage.cpp" line="713"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="682"/>
        <source>Run written to %1.</source>
        <translation>Lauf nach %1 geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="689"/>
        <source>Training a router needs a run or an outcome matrix with two candidates or more.</source>
        <translation>Zum Trainieren eines Routers braucht es einen Lauf oder eine Ergebnismatrix mit mindestens zwei Kandidaten.</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="709"/>
        <source>learned from replay %1</source>
        <translation>gelernt aus Replay %1</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="713"/>
        <source>Learned router written to %1.</source>
        <translation>Gelernter Router nach %1 geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="728"/>
        <source>chosen by replay #%1</source>
        <translation>gewählt durch Replay #%1</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="730"/>
        <source>Policy &quot;%1&quot; could not be saved: %2</source>
        <translation>Richtlinie „%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="733"/>
        <source>Policy &quot;%1&quot; saved as version %2 and served by the proxy.</source>
        <translation>Richtlinie „%1“ als Version %2 gespeichert und vom Proxy bedient.</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="741"/>
        <source>Wait for the replay to finish.</source>
        <translation>Warten Sie, bis der Replay fertig ist.</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="751"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/replayview/ReplayPage.cpp" line="768"/>
        <source>Outcome matrix %1: %2 prompts × %3 models.</source>
        <translation>Ergebnismatrix %1: %2 Prompts × %3 Modelle.</translation>
    </message>
</context>
<context>
    <name>sy::RouteCacheForm</name>
    <message>
        <location filename="../ui/editor/RouteCacheForm.cpp" line="41"/>
        <source>No cache</source>
        <translation>Kein Cache</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteCacheForm.cpp" line="41"/>
        <source>Same request (exact)</source>
        <translation>Gleiche Anfrage (exakt)</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteCacheForm.cpp" line="41"/>
        <source>Similar request (semantic)</source>
        <translation>Ähnliche Anfrage (semantisch)</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteCacheForm.cpp" line="44"/>
        <source>Response cache</source>
        <translation>Antwort-Cache</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteCacheForm.cpp" line="45"/>
        <source>Answer a repeated request from the cache at no cost, without asking a provider.</source>
        <translation>Eine wiederholte Anfrage kostenlos aus dem Cache beantworten, ohne einen Anbieter zu fragen.</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteCacheForm.cpp" line="46"/>
        <source> s kept</source>
        <translation> s behalten</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteCacheForm.cpp" line="47"/>
        <source>How long answers are kept, in seconds</source>
        <translation>Wie lange Antworten behalten werden, in Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteCacheForm.cpp" line="48"/>
        <source>similarity ≥ </source>
        <translation>Ähnlichkeit ≥ </translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteCacheForm.cpp" line="49"/>
        <source>Similarity a semantic match needs</source>
        <translation>Ähnlichkeit, die ein semantischer Treffer braucht</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteCacheForm.cpp" line="50"/>
        <source>Keys share answers</source>
        <translation>Schlüssel teilen Antworten</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteCacheForm.cpp" line="51"/>
        <source>Off: each virtual key sees only the answers to its own requests.</source>
        <translation>Aus: Jeder virtuelle Schlüssel sieht nur die Antworten auf seine eigenen Anfragen.</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteCacheForm.cpp" line="91"/>
        <source>Change the route&apos;s cache</source>
        <translation>Cache der Route ändern</translation>
    </message>
</context>
<context>
    <name>sy::RouteDiagram</name>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="51"/>
        <source>otherwise</source>
        <translation>sonst</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="88"/>
        <source>$%1 / $%2 per Mtok</source>
        <translation>$%1 / $%2 pro MTok</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="123"/>
        <location filename="../ui/editor/RouteDiagram.cpp" line="124"/>
        <source>Route diagram</source>
        <translation>Routendiagramm</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="236"/>
        <source>requested model</source>
        <translation>angefragtes Modell</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="212"/>
        <source>(no model)</source>
        <translation>(kein Modell)</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="36"/>
        <source>Step %1 of the fallback chain</source>
        <translation>Schritt %1 der Ausweichkette</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="41"/>
        <source>When %1</source>
        <translation>Wenn %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="41"/>
        <source>Rule %1: when %2</source>
        <translation>Regel %1: wenn %2</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="47"/>
        <source>Arm %1: weight %2</source>
        <translation>Zweig %1: Gewicht %2</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="48"/>
        <source>Candidate %1</source>
        <translation>Kandidat %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="51"/>
        <source>When the selector cannot decide</source>
        <translation>Wenn die Auswahl nicht entscheiden kann</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="52"/>
        <source>When no rule matches</source>
        <translation>Wenn keine Regel zutrifft</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="215"/>
        <source>fallback</source>
        <translation>Ausweichen</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="215"/>
        <source>in order until one succeeds</source>
        <translation>der Reihe nach, bis einer gelingt</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="217"/>
        <source>split by weight</source>
        <translation>nach Gewicht aufteilen</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="218"/>
        <source>random</source>
        <translation>zufällig</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="218"/>
        <source>sticky: %1</source>
        <translation>gebunden: %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="220"/>
        <source>rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="220"/>
        <source>first match wins</source>
        <translation>erster Treffer gilt</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="221"/>
        <source>→ route &quot;%1&quot;</source>
        <translation>→ Route „%1“</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="222"/>
        <source>selector</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <location filename="../ui/editor/RouteDiagram.cpp" line="295"/>
        <source>Requests for the model &quot;%1&quot; enter here</source>
        <translation>Anfragen für das Modell „%1“ kommen hier an</translation>
    </message>
</context>
<context>
    <name>sy::RouteTreeModel</name>
    <message>
        <location filename="../ui/models/RouteTreeModel.cpp" line="142"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/models/RouteTreeModel.cpp" line="147"/>
        <source>Try first</source>
        <translation>Zuerst versuchen</translation>
    </message>
    <message>
        <location filename="../ui/models/RouteTreeModel.cpp" line="147"/>
        <source>Then try %1</source>
        <translation>Dann versuchen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/models/RouteTreeModel.cpp" line="150"/>
        <source>If %1</source>
        <translation>Wenn %1</translation>
    </message>
    <message>
        <location filename="../ui/models/RouteTreeModel.cpp" line="151"/>
        <source>If %1: %2</source>
        <translation>Wenn %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/models/RouteTreeModel.cpp" line="156"/>
        <source>Candidate %1</source>
        <translation>Kandidat %1</translation>
    </message>
    <message>
        <location filename="../ui/models/RouteTreeModel.cpp" line="157"/>
        <source>Arm %1 · %2%</source>
        <translation>Zweig %1 · %2 %</translation>
    </message>
    <message>
        <location filename="../ui/models/RouteTreeModel.cpp" line="159"/>
        <source>When unsure</source>
        <translation>Wenn unsicher</translation>
    </message>
    <message>
        <location filename="../ui/models/RouteTreeModel.cpp" line="159"/>
        <source>Otherwise</source>
        <translation>Sonst</translation>
    </message>
    <message>
        <location filename="../ui/models/RouteTreeModel.cpp" line="168"/>
        <source>Target (no model)</source>
        <translation>Ziel (kein Modell)</translation>
    </message>
    <message>
        <location filename="../ui/models/RouteTreeModel.cpp" line="169"/>
        <source>Fallback chain</source>
        <translation>Ausweichkette</translation>
    </message>
    <message>
        <location filename="../ui/models/RouteTreeModel.cpp" line="170"/>
        <source>Weighted split</source>
        <translation>Gewichtete Aufteilung</translation>
    </message>
    <message>
        <location filename="../ui/models/RouteTreeModel.cpp" line="171"/>
        <source>Conditional</source>
        <translation>Bedingt</translation>
    </message>
    <message>
        <location filename="../ui/models/RouteTreeModel.cpp" line="172"/>
        <source>Route &quot;%1&quot;</source>
        <translation>Route „%1“</translation>
    </message>
    <message>
        <location filename="../ui/models/RouteTreeModel.cpp" line="173"/>
        <source>Selector (%1)</source>
        <translation>Auswahl (%1)</translation>
    </message>
    <message>
        <location filename="../ui/models/RouteTreeModel.cpp" line="209"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../ui/models/RouteTreeModel.cpp" line="209"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../ui/models/RouteTreeModel.cpp" line="299"/>
        <source>Move node</source>
        <translation>Knoten verschieben</translation>
    </message>
</context>
<context>
    <name>sy::SettingsPage</name>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="56"/>
        <source>Store request and response bodies in the request log</source>
        <translation>Anfrage- und Antwortinhalte im Anfrageprotokoll speichern</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="57"/>
        <source>Closing the window keeps a serving proxy running in the tray</source>
        <translation>Schließen des Fensters lässt einen ausliefernden Proxy im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="58"/>
        <source>Start the proxy with the last served policy when Switchyard starts</source>
        <translation>Beim Start von Switchyard den Proxy mit der zuletzt ausgelieferten Richtlinie starten</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="60"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="65"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="66"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="67"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="68"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="70"/>
        <source>Colour theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="72"/>
        <source>none: the proxy then listens on loopback only</source>
        <translation>keine: der Proxy lauscht dann nur auf Loopback</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="73"/>
        <source>Client keys variable</source>
        <translation>Variable mit Client-Schlüsseln</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="74"/>
        <source>An environment variable holding the keys clients must send (comma-separated). Keys are never stored by Switchyard.</source>
        <translation>Eine Umgebungsvariable mit den Schlüsseln, die Clients senden müssen (durch Kommas getrennt). Switchyard speichert nie Schlüssel.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="79"/>
        <source>no budget</source>
        <translation>kein Budget</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="81"/>
        <source>Daily budget</source>
        <translation>Tagesbudget</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="84"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="85"/>
        <source>&lt;small&gt;Takes effect the next time Switchyard starts.&lt;/small&gt;</source>
        <translation>&lt;small&gt;Gilt ab dem nächsten Start von Switchyard.&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="86"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="87"/>
        <source>Client &amp;keys variable:</source>
        <translation>Variable mit Client-&amp;Schlüsseln:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="89"/>
        <source>Daily &amp;budget:</source>
        <translation>Tages&amp;budget:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="95"/>
        <source>&lt;h2&gt;Settings&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Einstellungen&lt;/h2&gt;</translation>
    </message>
</context>
<context>
    <name>sy::ShadowTestDialog</name>
    <message>
        <location filename="../ui/dialogs/ShadowTestDialog.cpp" line="17"/>
        <source>Try a model on live traffic</source>
        <translation>Ein Modell am Live-Verkehr ausprobieren</translation>
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
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ShadowTestDialog.cpp" line="34"/>
        <source>Candidate model</source>
        <translation>Kandidatenmodell</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ShadowTestDialog.cpp" line="35"/>
        <source>Share of requests mirrored</source>
        <translation>Anteil gespiegelter Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ShadowTestDialog.cpp" line="36"/>
        <source>Daily budget</source>
        <translation>Tagesbudget</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ShadowTestDialog.cpp" line="38"/>
        <source>A shadow test sends a copy of a share of the route&apos;s answered requests to the candidate after each client has its answer. Clients only ever get the served answers; the candidate&apos;s are logged beside them and compared on the Experiments page. Next steps: a canary, then all traffic.</source>
        <translation>Ein Schattentest sendet eine Kopie eines Anteils der beantworteten Anfragen der Route an den Kandidaten, nachdem der jeweilige Client seine Antwort hat. Clients erhalten immer nur die ausgelieferten Antworten; die des Kandidaten werden daneben protokolliert und auf der Seite Experimente verglichen. Nächste Schritte: ein Kanarienvogel-Test, dann der gesamte Verkehr.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ShadowTestDialog.cpp" line="44"/>
        <source>Route:</source>
        <translation>Route:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ShadowTestDialog.cpp" line="45"/>
        <source>Candidate:</source>
        <translation>Kandidat:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ShadowTestDialog.cpp" line="46"/>
        <source>Mirror:</source>
        <translation>Spiegeln:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ShadowTestDialog.cpp" line="47"/>
        <source>Spend at most a day:</source>
        <translation>Höchstens pro Tag ausgeben:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ShadowTestDialog.cpp" line="49"/>
        <source>Start shadow test</source>
        <translation>Schattentest starten</translation>
    </message>
</context>
<context>
    <name>sy::SideBySidePage</name>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="103"/>
        <source>Add the prompt to a prompt set</source>
        <translation>Den Prompt einem Prompt-Set hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="104"/>
        <source>Prompt set (choose one, or type a new name):</source>
        <translation>Prompt-Set (eines wählen oder einen neuen Namen eingeben):</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="121"/>
        <source>Every column has answered. Vote for the better answer, or keep the chat going.</source>
        <translation>Alle Spalten haben geantwortet. Stimmen Sie für die bessere Antwort oder führen Sie den Chat fort.</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="147"/>
        <source>System:</source>
        <translation>System:</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="148"/>
        <source>Max tokens:</source>
        <translation>Max. Tokens:</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="149"/>
        <source>Add column</source>
        <translation>Spalte hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="150"/>
        <source>Up to %1 models or routes side by side</source>
        <translation>Bis zu %1 Modelle oder Routen nebeneinander</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="151"/>
        <source>Optional system prompt for every column</source>
        <translation>Optionaler System-Prompt für alle Spalten</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="152"/>
        <source>System prompt</source>
        <translation>System-Prompt</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="153"/>
        <source>model default</source>
        <translation>Modellvorgabe</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="154"/>
        <source>Max tokens</source>
        <translation>Max. Tokens</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="155"/>
        <source>Scroll together</source>
        <translation>Gemeinsam scrollen</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="156"/>
        <source>Scrolling one column&apos;s answers scrolls the others to the same place</source>
        <translation>Scrollen in einer Spalte scrollt die anderen an dieselbe Stelle</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="157"/>
        <source>Ask every column at once… (Ctrl+Enter sends)</source>
        <translation>Alle Spalten auf einmal fragen… (Strg+Eingabe sendet)</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="158"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="159"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="160"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="161"/>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="162"/>
        <source>Forget the conversation and start again with the same columns</source>
        <translation>Das Gespräch verwerfen und mit denselben Spalten neu beginnen</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="163"/>
        <source>It&apos;s a tie</source>
        <translation>Unentschieden</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="164"/>
        <source>Keep a vote that no answer was better (every column rated 3)</source>
        <translation>Eine Stimme speichern, dass keine Antwort besser war (jede Spalte mit 3 bewertet)</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="165"/>
        <source>Add prompt to set…</source>
        <translation>Prompt zu Set hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="166"/>
        <source>Keep the last prompt in a prompt set, to replay it against more candidates later</source>
        <translation>Den letzten Prompt in einem Prompt-Set speichern, um ihn später mit weiteren Kandidaten erneut abzuspielen</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="167"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="169"/>
        <source>Nothing to compare yet: add a provider with models on Providers &amp; Models, or open the demo workspace (File ▸ Open the demo workspace).</source>
        <translation>Noch nichts zu vergleichen: Fügen Sie unter Anbieter &amp; Modelle einen Anbieter mit Modellen hinzu oder öffnen Sie den Demo-Arbeitsbereich (Datei ▸ Demo-Arbeitsbereich öffnen).</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="216"/>
        <source>Choose a model or a route for each column, type a message and send it to all of them.</source>
        <translation>Wählen Sie für jede Spalte ein Modell oder eine Route, schreiben Sie eine Nachricht und senden Sie sie an alle.</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="300"/>
        <source>A new chat: type a message and send it to every column.</source>
        <translation>Ein neuer Chat: Schreiben Sie eine Nachricht und senden Sie sie an alle Spalten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="317"/>
        <source>Sent to %n column(s)…</source>
        <translation>
            <numerusform>An %n Spalte gesendet…</numerusform>
            <numerusform>An %n Spalten gesendet…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="328"/>
        <source>%1 is not a model or route of this workspace any more.</source>
        <translation>%1 ist kein Modell und keine Route dieses Arbeitsbereichs mehr.</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="340"/>
        <source>Starting…</source>
        <translation>Starte…</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="386"/>
        <source>The vote could not be kept: %1</source>
        <translation>Die Stimme konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="389"/>
        <source>Kept: a tie.</source>
        <translation>Gespeichert: unentschieden.</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="389"/>
        <source>Kept: %1 gave the better answer.</source>
        <translation>Gespeichert: %1 gab die bessere Antwort.</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="403"/>
        <source>%1: %2 won, %3 lost, %4 tied</source>
        <translation>%1: %2 gewonnen, %3 verloren, %4 unentschieden</translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="404"/>
        <source>Your votes so far — %1</source>
        <translation>Ihre bisherigen Stimmen — %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="432"/>
        <source>Added to “%1” (now %n prompt(s)).</source>
        <translation>
            <numerusform>Zu „%1“ hinzugefügt (jetzt %n Prompt).</numerusform>
            <numerusform>Zu „%1“ hinzugefügt (jetzt %n Prompts).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sidebyside/SideBySidePage.cpp" line="433"/>
        <source>The prompt could not be added: %1</source>
        <translation>Der Prompt konnte nicht hinzugefügt werden: %1</translation>
    </message>
</context>
<context>
    <name>sy::TrainRouterDialog</name>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="35"/>
        <source>&amp;Train</source>
        <translation>&amp;Trainieren</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="36"/>
        <source>&amp;Export policy…</source>
        <translation>Richtlinie &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="38"/>
        <source>Train a learned router</source>
        <translation>Einen gelernten Router trainieren</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="46"/>
        <source>%1 (quality %2, $%3 per 1,000)</source>
        <translation>%1 (Qualität %2, $%3 pro 1000)</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="51"/>
        <source>Model pool</source>
        <translation>Modellauswahl</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="58"/>
        <source>Quality bar</source>
        <translation>Qualitätsschwelle</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="59"/>
        <source>A model succeeds on a prompt when its quality there is at least this</source>
        <translation>Ein Modell besteht einen Prompt, wenn seine Qualität dort mindestens diesen Wert erreicht</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="62"/>
        <source>Cross-validation folds</source>
        <translation>Kreuzvalidierungs-Folds</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="63"/>
        <source>Cheapest model likely to succeed (threshold)</source>
        <translation>Günstigstes Modell, das wahrscheinlich besteht (Schwelle)</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="64"/>
        <source>Best value for a willingness to pay (λ)</source>
        <translation>Bester Wert bei einer Zahlungsbereitschaft (λ)</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="65"/>
        <source>Routing rule</source>
        <translation>Routing-Regel</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="66"/>
        <source>Quality against cost on held-out prompts</source>
        <translation>Qualität gegen Kosten auf zurückgehaltenen Prompts</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="67"/>
        <source>USD per 1,000 requests</source>
        <translation>USD pro 1000 Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="68"/>
        <source>mean quality</source>
        <translation>mittlere Qualität</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="70"/>
        <source>Cost–quality curve</source>
        <translation>Kosten-Qualitäts-Kurve</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="75"/>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="77"/>
        <source>Export policy</source>
        <translation>Richtlinie exportieren</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="80"/>
        <source>&amp;Models:</source>
        <translation>&amp;Modelle:</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="81"/>
        <source>Quality &amp;bar:</source>
        <translation>Qualitäts&amp;schwelle:</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="82"/>
        <source>&amp;Folds:</source>
        <translation>&amp;Folds:</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="83"/>
        <source>&amp;Rule:</source>
        <translation>&amp;Regel:</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="105"/>
        <source>Export learned policy</source>
        <translation>Gelernte Richtlinie exportieren</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="105"/>
        <source>Policies (*.json)</source>
        <translation>Richtlinien (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="125"/>
        <source>Choose at least two models.</source>
        <translation>Wählen Sie mindestens zwei Modelle.</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="133"/>
        <source>Training on %1 prompts with %2-fold cross-validation…</source>
        <translation>Training auf %1 Prompts mit %2-facher Kreuzvalidierung…</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="174"/>
        <source>Held out (%1 folds, %2 prompts, %3 s): APGR %4, CPT(50%) %5, CPT(80%) %6 between %7 and %8; AIQ %9 (zero router %10).</source>
        <translation>Zurückgehalten (%1 Folds, %2 Prompts, %3 s): APGR %4, CPT(50%) %5, CPT(80%) %6 zwischen %7 und %8; AIQ %9 (Null-Router %10).</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="194"/>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="235"/>
        <source>threshold %1</source>
        <translation>Schwelle %1</translation>
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
        <translation>gelernter Router (zurückgehalten)</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="199"/>
        <source>zero router (mixes of single models)</source>
        <translation>Null-Router (Mischungen einzelner Modelle)</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="207"/>
        <source>single models</source>
        <translation>einzelne Modelle</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="215"/>
        <source>chosen for export</source>
        <translation>für den Export gewählt</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="234"/>
        <source>Export uses %1: mean quality %2 at $%3 per 1,000 requests on held-out prompts. Click a point of the curve to choose another.</source>
        <translation>Der Export verwendet %1: mittlere Qualität %2 bei $%3 pro 1000 Anfragen auf zurückgehaltenen Prompts. Klicken Sie einen Punkt der Kurve an, um einen anderen zu wählen.</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="243"/>
        <source>Train first.</source>
        <translation>Zuerst trainieren.</translation>
    </message>
    <message>
        <location filename="../ui/replayview/TrainRouterDialog.cpp" line="255"/>
        <source>Cannot export: %1</source>
        <translation>Export nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>sy::TrayController</name>
    <message>
        <location filename="../ui/shell/TrayController.cpp" line="23"/>
        <source>Serve policy</source>
        <translation>Richtlinie ausliefern</translation>
    </message>
    <message>
        <location filename="../ui/shell/TrayController.cpp" line="33"/>
        <source>Show Switchyard</source>
        <translation>Switchyard anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/shell/TrayController.cpp" line="34"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../ui/shell/TrayController.cpp" line="91"/>
        <source>Switchyard keeps serving</source>
        <translation>Switchyard liefert weiter aus</translation>
    </message>
    <message>
        <location filename="../ui/shell/TrayController.cpp" line="92"/>
        <source>The proxy goes on serving at %1. Open Switchyard or quit it from this icon.</source>
        <translation>Der Proxy liefert unter %1 weiter aus. Über dieses Symbol Switchyard öffnen oder beenden.</translation>
    </message>
    <message>
        <location filename="../ui/shell/TrayController.cpp" line="104"/>
        <location filename="../ui/shell/TrayController.cpp" line="121"/>
        <source>Proxy stopped</source>
        <translation>Proxy angehalten</translation>
    </message>
    <message>
        <location filename="../ui/shell/TrayController.cpp" line="105"/>
        <source>Serving %1 at %2
%3 requests in the last minute, %4 errors
Spend today: $%5</source>
        <translation>Liefert %1 unter %2 aus
%3 Anfragen in der letzten Minute, %4 Fehler
Ausgaben heute: $%5</translation>
    </message>
    <message>
        <location filename="../ui/shell/TrayController.cpp" line="120"/>
        <source>Stop proxy</source>
        <translation>Proxy anhalten</translation>
    </message>
    <message>
        <location filename="../ui/shell/TrayController.cpp" line="120"/>
        <source>Start proxy</source>
        <translation>Proxy starten</translation>
    </message>
    <message>
        <location filename="../ui/shell/TrayController.cpp" line="121"/>
        <source>Serving %1</source>
        <translation>Liefert %1 aus</translation>
    </message>
    <message>
        <location filename="../ui/shell/TrayController.cpp" line="149"/>
        <source>Circuit breaker opened</source>
        <translation>Schutzschalter geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/shell/TrayController.cpp" line="150"/>
        <source>%1/%2 failed repeatedly; requests skip it until it recovers.</source>
        <translation>%1/%2 ist wiederholt ausgefallen; Anfragen überspringen es, bis es sich erholt.</translation>
    </message>
    <message>
        <location filename="../ui/shell/TrayController.cpp" line="154"/>
        <source>Daily budget reached</source>
        <translation>Tagesbudget erreicht</translation>
    </message>
    <message>
        <location filename="../ui/shell/TrayController.cpp" line="154"/>
        <source>Spend today is $%1, over the budget of $%2.</source>
        <translation>Die Ausgaben heute betragen $%1, über dem Budget von $%2.</translation>
    </message>
</context>
<context>
    <name>sy::TryRequestPanel</name>
    <message>
        <source>&amp;Route</source>
        <translation type="vanished">&amp;Routen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="48"/>
        <source>R&amp;oute</source>
        <translation>Ro&amp;uten</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="49"/>
        <source>Show on diagram</source>
        <translation>Im Diagramm zeigen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="51"/>
        <source>Pick a sample request…</source>
        <translation>Beispielanfrage wählen…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="54"/>
        <source>Sample requests</source>
        <translation>Beispielanfragen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="55"/>
        <source>OpenAI chat completions</source>
        <translation>OpenAI Chat Completions</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="56"/>
        <source>Anthropic messages</source>
        <translation>Anthropic Messages</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="57"/>
        <source>Request format</source>
        <translation>Anfrageformat</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="58"/>
        <source>headers, such as x-user-id: 42; x-tier: gold</source>
        <translation>Header, etwa x-user-id: 42; x-tier: gold</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="59"/>
        <source>Request headers</source>
        <translation>Anfrage-Header</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="61"/>
        <source>Paste a request body (JSON) here</source>
        <translation>Anfrageinhalt (JSON) hier einfügen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="62"/>
        <source>Request body</source>
        <translation>Anfrageinhalt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="64"/>
        <source>Route the request (Ctrl+Return); no model is called</source>
        <translation>Anfrage routen (Strg+Eingabe); kein Modell wird aufgerufen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="65"/>
        <source>Decision and trace</source>
        <translation>Entscheidung und Spur</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="92"/>
        <source>Show the path this request took on the route diagram</source>
        <translation>Den Weg dieser Anfrage im Routendiagramm zeigen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="98"/>
        <source>&lt;b&gt;Try a request&lt;/b&gt; — see the decision and its trace without calling any model</source>
        <translation>&lt;b&gt;Testanfrage&lt;/b&gt; — Entscheidung und Spur sehen, ohne ein Modell aufzurufen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="120"/>
        <source>Select a policy first.</source>
        <translation>Zuerst eine Richtlinie wählen.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="120"/>
        <source>The policy is not valid:
%1</source>
        <translation>Die Richtlinie ist ungültig:
%1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="132"/>
        <source>The request is not valid JSON: %1 at line %2, column %3.</source>
        <translation>Die Anfrage ist kein gültiges JSON: %1 in Zeile %2, Spalte %3.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="133"/>
        <source>The request must be a JSON object.</source>
        <translation>Die Anfrage muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="148"/>
        <source>&lt;p&gt;&lt;b&gt;Targets:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ziele:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="150"/>
        <source>&lt;p&gt;&lt;b&gt;If those are full:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Wenn diese voll sind:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="152"/>
        <source>&lt;p&gt;&lt;b&gt;No route is called %1.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Keine Route heißt %1.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="154"/>
        <source>&lt;p&gt;&lt;b&gt;No target could be chosen.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Kein Ziel konnte gewählt werden.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TryRequestPanel.cpp" line="156"/>
        <source>&lt;p&gt;&lt;b&gt;Features:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Merkmale:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sy::UserGuideDialog</name>
    <message>
        <location filename="../ui/dialogs/UserGuideDialog.cpp" line="14"/>
        <source>Switchyard user guide</source>
        <translation>Switchyard-Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/UserGuideDialog.cpp" line="17"/>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/UserGuideDialog.cpp" line="29"/>
        <source>The user guide is missing from this build.</source>
        <translation>Das Benutzerhandbuch fehlt in diesem Build.</translation>
    </message>
</context>
<context>
    <name>sy::WelcomePage</name>
    <message>
        <location filename="../ui/pages/WelcomePage.cpp" line="90"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location filename="../ui/pages/WelcomePage.cpp" line="108"/>
        <source>Welcome to Switchyard</source>
        <translation>Willkommen bei Switchyard</translation>
    </message>
    <message>
        <location filename="../ui/pages/WelcomePage.cpp" line="109"/>
        <source>Send each LLM request to the right model: design a routing policy, replay real prompts through the candidates, compare cost, latency and quality on one chart, and serve the winner from a local proxy that speaks the OpenAI and Anthropic APIs.</source>
        <translation>Schicken Sie jede LLM-Anfrage an das richtige Modell: Entwerfen Sie eine Routing-Richtlinie, spielen Sie echte Prompts mit den Kandidaten durch, vergleichen Sie Kosten, Latenz und Qualität in einem Diagramm und stellen Sie den Gewinner über einen lokalen Proxy bereit, der die APIs von OpenAI und Anthropic spricht.</translation>
    </message>
    <message>
        <location filename="../ui/pages/WelcomePage.cpp" line="112"/>
        <source>Try the demo</source>
        <translation>Die Demo ausprobieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/WelcomePage.cpp" line="113"/>
        <source>A guided tour of five steps on simulated providers, no API key needed: look at a policy, serve it, watch traffic flow through it, replay a prompt set against two alternatives and compare them on the chart.</source>
        <translation>Eine geführte Tour in fünf Schritten mit simulierten Anbietern, ohne API-Schlüssel: eine Richtlinie ansehen, bereitstellen, Verkehr hindurchfließen sehen, ein Prompt-Set gegen zwei Alternativen wiederholen und im Diagramm vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/WelcomePage.cpp" line="116"/>
        <source>Start the guided tour</source>
        <translation>Geführte Tour starten</translation>
    </message>
    <message>
        <location filename="../ui/pages/WelcomePage.cpp" line="117"/>
        <source>Connect a provider</source>
        <translation>Einen Anbieter verbinden</translation>
    </message>
    <message>
        <location filename="../ui/pages/WelcomePage.cpp" line="118"/>
        <source>Presets for OpenAI, Anthropic, Groq, Together, Mistral, DeepSeek, OpenRouter and local servers fill in the address and the known models with their prices. Keys are never stored: the provider names an environment variable or a keychain entry. Servers on this machine (llama.cpp, Ollama, LM Studio, vLLM) are found on their default ports.</source>
        <translation>Vorlagen für OpenAI, Anthropic, Groq, Together, Mistral, DeepSeek, OpenRouter und lokale Server füllen die Adresse und die bekannten Modelle mit ihren Preisen aus. Schlüssel werden nie gespeichert: Der Anbieter nennt eine Umgebungsvariable oder einen Schlüsselbundeintrag. Server auf diesem Rechner (llama.cpp, Ollama, LM Studio, vLLM) werden auf ihren Standardports gefunden.</translation>
    </message>
    <message>
        <location filename="../ui/pages/WelcomePage.cpp" line="122"/>
        <source>Add a provider…</source>
        <translation>Anbieter hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/WelcomePage.cpp" line="123"/>
        <source>Find local servers</source>
        <translation>Lokale Server finden</translation>
    </message>
    <message>
        <location filename="../ui/pages/WelcomePage.cpp" line="124"/>
        <source>Import a policy</source>
        <translation>Eine Richtlinie importieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/WelcomePage.cpp" line="125"/>
        <source>Open a policy file (JSON) made elsewhere or exported from another workspace; it opens in the policy editor, where it is checked before it is saved.</source>
        <translation>Öffnen Sie eine anderswo erstellte oder aus einem anderen Arbeitsbereich exportierte Richtliniendatei (JSON); sie öffnet sich im Richtlinieneditor und wird vor dem Speichern geprüft.</translation>
    </message>
    <message>
        <location filename="../ui/pages/WelcomePage.cpp" line="127"/>
        <source>Import a policy file…</source>
        <translation>Richtliniendatei importieren…</translation>
    </message>
    <message>
        <location filename="../ui/pages/WelcomePage.cpp" line="128"/>
        <source>Show this page when Switchyard starts</source>
        <translation>Diese Seite beim Start von Switchyard zeigen</translation>
    </message>
    <message>
        <location filename="../ui/pages/WelcomePage.cpp" line="144"/>
        <source>Looking on this machine: %1…</source>
        <translation>Suche auf diesem Rechner: %1…</translation>
    </message>
    <message>
        <location filename="../ui/pages/WelcomePage.cpp" line="165"/>
        <source>No model server answered on this machine&apos;s default ports (%1). Start one, or add a provider with its own address.</source>
        <translation>Auf den Standardports dieses Rechners hat kein Modellserver geantwortet (%1). Starten Sie einen oder fügen Sie einen Anbieter mit eigener Adresse hinzu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/WelcomePage.cpp" line="170"/>
        <source>Found %n server(s) on this machine:</source>
        <translation>
            <numerusform>%n Server auf diesem Rechner gefunden:</numerusform>
            <numerusform>%n Server auf diesem Rechner gefunden:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/WelcomePage.cpp" line="174"/>
        <source>&lt;b&gt;%1&lt;/b&gt; at %2: %n model(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; unter %2: %n Modell</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; unter %2: %n Modelle</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/WelcomePage.cpp" line="176"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/pages/WelcomePage.cpp" line="178"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/pages/WelcomePage.cpp" line="182"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
</context>
<context>
    <name>sy::WorkspaceSession</name>
    <message>
        <location filename="../ui/session/WorkspaceSession.cpp" line="96"/>
        <source>The simulated providers could not start: %1</source>
        <translation>Die simulierten Anbieter konnten nicht starten: %1</translation>
    </message>
    <message>
        <location filename="../ui/session/WorkspaceSession.cpp" line="208"/>
        <location filename="../ui/session/WorkspaceSession.cpp" line="233"/>
        <source>no workspace is open</source>
        <translation>kein Arbeitsbereich ist geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/session/WorkspaceSession.cpp" line="248"/>
        <source>The provider could not be saved: %1</source>
        <translation>Der Anbieter konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/session/WorkspaceSession.cpp" line="259"/>
        <source>The provider could not be removed: %1</source>
        <translation>Der Anbieter konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/session/WorkspaceSession.cpp" line="292"/>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich ist geöffnet.</translation>
    </message>
</context>
</TS>
