<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sr-Latn">
  <context>
    <name>Book</name>
    <message>
      <location filename="../../orgexplorer/chart/book_output.py" line="43" />
      <source>continued on page {page}</source>
      <translation>nastavak na strani {page}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/book_output.py" line="44" />
      <source>from page {page}</source>
      <translation>sa strane {page}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/book_output.py" line="45" />
      <source>continued from page {page}</source>
      <translation>nastavak sa strane {page}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/book_output.py" line="96" />
      <source>Contents</source>
      <translation>Sadržaj</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/book_output.py" line="98" />
      <source>Index</source>
      <translation>Indeks</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/book_output.py" line="177" />
      <source>chart book</source>
      <translation>knjiga šema</translation>
    </message>
  </context>
  <context>
    <name>BookPreview</name>
    <message>
      <location filename="../../orgexplorer/ui/book_preview.py" line="100" />
      <source>Preview of a page of the book</source>
      <translation>Pregled strane knjige</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/book_preview.py" line="102" />
      <source>&amp;Previous page</source>
      <translation>&amp;Prethodna strana</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/book_preview.py" line="103" />
      <source>&amp;Next page</source>
      <translation>&amp;Sledeća strana</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/book_preview.py" line="104" />
      <source>P&amp;rint…</source>
      <translation>Šta&amp;mpaj…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/ui/book_preview.py" line="158" />
      <source>Making the book of %Ln units… {percent}%</source>
      <translation>
        <numerusform>Pravi se knjiga od %Ln jedinice… {percent}%</numerusform>
        <numerusform>Pravi se knjiga od %Ln jedinice… {percent}%</numerusform>
        <numerusform>Pravi se knjiga od %Ln jedinica… {percent}%</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/book_preview.py" line="178" />
      <source>{units} {pages}, {charts} of them charts; names at {size} pt.</source>
      <translation>{units} {pages}, od toga šeme na {charts}; nazivi veličine {size} pt.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/ui/book_preview.py" line="179" />
      <source>%Ln units</source>
      <translation>
        <numerusform>%Ln jedinica</numerusform>
        <numerusform>%Ln jedinice</numerusform>
        <numerusform>%Ln jedinica</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/ui/book_preview.py" line="180" />
      <source>on %Ln pages</source>
      <translation>
        <numerusform>na %Ln strani</numerusform>
        <numerusform>na %Ln strane</numerusform>
        <numerusform>na %Ln strana</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/book_preview.py" line="195" />
      <source>Page {page} of {pages}</source>
      <translation>Strana {page} od {pages}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/book_preview.py" line="62" />
      <source>{title}: chart book</source>
      <translation>{title}: knjiga šema</translation>
    </message>
  </context>
  <context>
    <name>Changes</name>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="34" />
      <source>Organization renamed</source>
      <translation>Organizacija preimenovana</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="35" />
      <source>Source changed</source>
      <translation>Izvor promenjen</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="36" />
      <source>Glossary term added</source>
      <translation>Dodat pojam u rečnik skraćenica</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="37" />
      <source>Glossary term removed</source>
      <translation>Uklonjen pojam iz rečnika skraćenica</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="38" />
      <source>Glossary term changed</source>
      <translation>Promenjen pojam u rečniku skraćenica</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="39" />
      <source>Added</source>
      <translation>Dodato</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="40" />
      <source>Removed</source>
      <translation>Uklonjeno</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="41" />
      <source>Moved</source>
      <translation>Premešteno</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="42" />
      <source>Renamed</source>
      <translation>Preimenovano</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="43" />
      <source>Id changed</source>
      <translation>Promenjen id</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="44" />
      <source>Kind changed</source>
      <translation>Promenjena vrsta</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="45" />
      <source>Head changed</source>
      <translation>Promenjen rukovodilac</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="46" />
      <source>Description changed</source>
      <translation>Izmenjen opis</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="47" />
      <source>Responsibility added</source>
      <translation>Dodata nadležnost</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="48" />
      <source>Responsibility removed</source>
      <translation>Uklonjena nadležnost</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="49" />
      <source>Responsibility reworded</source>
      <translation>Preformulisana nadležnost</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="50" />
      <source>Responsibility moved here</source>
      <translation>Nadležnost premeštena ovamo</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="51" />
      <source>Cross-reference added</source>
      <translation>Dodata unakrsna veza</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="52" />
      <source>Cross-reference removed</source>
      <translation>Uklonjena unakrsna veza</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="61" />
      <source>id changed: matched by name and place</source>
      <translation>promenjen id: prepoznata po nazivu i mestu</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="62" />
      <source>id changed: matched by place and responsibilities</source>
      <translation>promenjen id: prepoznata po mestu i nadležnostima</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="63" />
      <source>id changed: matched by name</source>
      <translation>promenjen id: prepoznata po nazivu</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="89" />
      <source>(top level)</source>
      <translation>(najviši nivo)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="92" />
      <source>{path} [attached]</source>
      <translation>{path} [pridružena]</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="111" />
      <source>new unit: {name}</source>
      <translation>nova jedinica: {name}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="120" />
      <source>from {unit}</source>
      <translation>iz jedinice {unit}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="142" />
      <source>Changes from {old} to {new}</source>
      <translation>Promene od {old} do {new}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="146" />
      <source>No changes.</source>
      <translation>Nema promena.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="151" />
      <source>struck through</source>
      <translation>precrtane</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="152" />
      <source>underlined</source>
      <translation>podvučene</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="153" />
      <source>Words taken out are {removed}; words put in are {added}.</source>
      <translation>Izbačene reči su {removed}; dodate reči su {added}.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="213" />
      <source>{title}: change report, page {page} of {pages}</source>
      <translation>{title}: izveštaj o promenama, strana {page} od {pages}</translation>
    </message>
  </context>
  <context>
    <name>ChangesModel</name>
    <message>
      <location filename="../../orgexplorer/ui/changes_panel.py" line="101" />
      <source>Change</source>
      <translation>Promena</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/changes_panel.py" line="103" />
      <source>Unit</source>
      <translation>Jedinica</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/changes_panel.py" line="105" />
      <source>Before → after</source>
      <translation>Pre → posle</translation>
    </message>
  </context>
  <context>
    <name>ChangesPanel</name>
    <message>
      <location filename="../../orgexplorer/ui/changes_panel.py" line="161" />
      <source>Changes</source>
      <translation>Promene</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/changes_panel.py" line="162" />
      <source>Every change in tree order; Up and Down walk them</source>
      <translation>Sve promene redom stabla; strelice gore i dole prolaze kroz njih</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/changes_panel.py" line="173" />
      <source>&amp;Swap versions</source>
      <translation>&amp;Zameni verzije</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/changes_panel.py" line="174" />
      <source>Take the other file as the older version</source>
      <translation>Uzmi drugu datoteku kao stariju verziju</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/changes_panel.py" line="176" />
      <source>E&amp;xport changes…</source>
      <translation>I&amp;zvezi promene…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/changes_panel.py" line="177" />
      <source>The chart with the changes marked, and the change report, as PDF</source>
      <translation>Šema sa označenim promenama i izveštaj o promenama, kao PDF</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/changes_panel.py" line="179" />
      <source>&amp;Leave compare mode</source>
      <translation>Napu&amp;sti poređenje</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/changes_panel.py" line="182" />
      <source>Back to the newer version alone ({key})</source>
      <translation>Nazad samo na noviju verziju ({key})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/changes_panel.py" line="246" />
      <source>No comparison is shown. File &gt; Compare With… compares the open organization with another version of it, and this panel then lists every change.</source>
      <translation>Nije prikazano nijedno poređenje. Datoteka &gt; Uporedi sa… poredi otvorenu organizaciju sa drugom njenom verzijom, a ovaj panel tada navodi svaku promenu.</translation>
    </message>
  </context>
  <context>
    <name>Chart</name>
    <message>
      <location filename="../../orgexplorer/chart/sheet.py" line="116" />
      <source>part of the unit above (subunit)</source>
      <translation>deo jedinice iznad (unutrašnja jedinica)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/sheet.py" line="117" />
      <source>attached to the head of the unit above, not part of it (dashed box)</source>
      <translation>pridružena rukovodiocu jedinice iznad, nije njen deo (isprekidano polje)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/chart/sheet.py" line="123" />
      <source>+ %Ln units below</source>
      <translation>
        <numerusform>+ %Ln jedinica ispod</numerusform>
        <numerusform>+ %Ln jedinice ispod</numerusform>
        <numerusform>+ %Ln jedinica ispod</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/sheet.py" line="191" />
      <source>Source: {source}</source>
      <translation>Izvor: {source}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/book_output.py" line="88" />
      <location filename="../../orgexplorer/chart/pages.py" line="101" />
      <location filename="../../orgexplorer/chart/poster.py" line="72" />
      <source>page {page} of {pages}</source>
      <translation>strana {page} od {pages}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/poster.py" line="60" />
      <source>row {row} / column {column} of {rows} × {columns}</source>
      <translation>red {row} / kolona {column} od {rows} × {columns}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/poster.py" line="187" />
      <location filename="../../orgexplorer/chart/poster.py" line="191" />
      <source>overlap</source>
      <translation>preklop</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/export.py" line="56" />
      <source>organizational chart</source>
      <extracomment>The shape of a page of running text, such as the unit directory (taller than wide).</extracomment>
      <translation>organizaciona šema</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/export.py" line="71" />
      <source>{title}: organizational chart</source>
      <translation>{title}: organizaciona šema</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/marks.py" line="34" />
      <source>− removed</source>
      <translation>− uklonjena</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/marks.py" line="35" />
      <source>+ new</source>
      <translation>+ nova</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/marks.py" line="36" />
      <source>→ moved</source>
      <translation>→ premeštena</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/marks.py" line="37" />
      <source>renamed</source>
      <translation>preimenovana</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/marks.py" line="38" />
      <source>changed</source>
      <translation>izmenjeno</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/marks.py" line="119" />
      <source>Changes:</source>
      <translation>Promene:</translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/chart/export_words.py" line="25" />
      <source> and %Ln more</source>
      <translation>
        <numerusform> i još %Ln</numerusform>
        <numerusform> i još %Ln</numerusform>
        <numerusform> i još %Ln</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/chart/export_words.py" line="26" />
      <source>the text of %Ln units ({ids}{more}) is too long for a box and is cut short (…) in the chart; the unit directory ({directory}) has it in full</source>
      <translation>
        <numerusform>tekst %Ln jedinice ({ids}{more}) predugačak je za polje i na šemi je skraćen (…); imenik jedinica ({directory}) sadrži ga u celini</numerusform>
        <numerusform>tekst %Ln jedinice ({ids}{more}) predugačak je za polje i na šemi je skraćen (…); imenik jedinica ({directory}) sadrži ga u celini</numerusform>
        <numerusform>tekst %Ln jedinica ({ids}{more}) predugačak je za polje i na šemi je skraćen (…); imenik jedinica ({directory}) sadrži ga u celini</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/export_words.py" line="32" />
      <source>Format: Unit directory</source>
      <translation>Format: Imenik jedinica</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/export_words.py" line="40" />
      <source>the smallest text is {size} pt on paper, below the legible {legible} pt; {advice}</source>
      <translation>najmanji tekst na papiru ima {size} pt, manje od čitljivih {legible} pt; {advice}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/export_words.py" line="43" />
      <source>use a larger page, {poster}, or less content</source>
      <translation>izaberite veći papir, {poster} ili manje sadržaja</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/export_words.py" line="44" />
      <source>Pages: Poster</source>
      <translation>Strane: Plakat</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/export_words.py" line="48" />
      <source>even the largest scale, {scale}, leaves it smaller: show less content</source>
      <translation>i pri najvećoj razmeri, {scale}, tekst ostaje manji: prikažite manje sadržaja</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/export_words.py" line="54" />
      <source>use a scale of {scale} or more ({control})</source>
      <translation>izaberite razmeru {scale} ili veću ({control})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/export_words.py" line="55" />
      <source>Chart scale: {scale}</source>
      <translation>Razmera šeme: {scale}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/chart/export_words.py" line="69" />
      <source>%Ln pixels</source>
      <translation>
        <numerusform>%Ln piksel</numerusform>
        <numerusform>%Ln piksela</numerusform>
        <numerusform>%Ln piksela</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/export_words.py" line="71" />
      <source>{pixels}, {side} a side for {format}</source>
      <translation>{pixels}, {side} po strani za {format}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/export_words.py" line="74" />
      <source>chart scaled to {dpi} dpi to fit the image size limit ({limit}); PDF and SVG have no such limit</source>
      <translation>šema je smanjena na {dpi} DPI da stane u ograničenje veličine slike ({limit}); PDF i SVG nemaju takvo ograničenje</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/export_words.py" line="86" />
      <source>the book is printed at scale {scale}, not {asked}, so that no text is under {smallest} pt</source>
      <translation>knjiga se štampa u razmeri {scale}, a ne {asked}, da nijedan tekst ne bude manji od {smallest} pt</translation>
    </message>
  </context>
  <context>
    <name>ChartController</name>
    <message numerus="yes">
      <location filename="../../orgexplorer/ui/chart_controller.py" line="78" />
      <source>Laying out the chart of %Ln units…</source>
      <translation>
        <numerusform>Raspoređuje se šema od %Ln jedinice…</numerusform>
        <numerusform>Raspoređuje se šema od %Ln jedinice…</numerusform>
        <numerusform>Raspoređuje se šema od %Ln jedinica…</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/chart_controller.py" line="91" />
      <source>The chart could not be laid out: {reason}</source>
      <translation>Šema nije mogla da se rasporedi: {reason}</translation>
    </message>
  </context>
  <context>
    <name>ChartView</name>
    <message>
      <location filename="../../orgexplorer/ui/chart_view.py" line="174" />
      <source>Organization chart</source>
      <extracomment>A selected unit is brought into view with its names at least this high on screen: read, not guessed. Fitting the chart to the window never makes names smaller than this (their boxes then are shapes a few pixels across, the tree's structure still seen): a wide organization fitted whole would be a streak one pixel high. Such a chart is fitted by its shorter side instead, around the selected unit; zooming out further still shows it whole. Charts with more boxes than this are shown zoomed out as a picture drawn on a worker thread: painting 100,000 boxes on the GUI thread each time the view changes would freeze it for a second. Zoomed out until names are not drawn, boxes are shapes a few pixels across and their hairline borders all but vanish: darker fills keep them (and the tree they make) in sight.</extracomment>
      <translation>Organizaciona šema</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/chart_view.py" line="175" />
      <source>The chart of the units; click a box to select its unit</source>
      <translation>Šema jedinica; klik na polje bira njegovu jedinicu</translation>
    </message>
  </context>
  <context>
    <name>CompareController</name>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="122" />
      <source>Changes</source>
      <translation>Promene</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="148" />
      <source>Co&amp;mpare With…</source>
      <translation>Upo&amp;redi sa…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="150" />
      <source>Compare the open organization with an older version of it (drop a file with {key}, too)</source>
      <translation>Uporedi otvorenu organizaciju sa njenom starijom verzijom (i prevlačenjem datoteke uz {key})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="155" />
      <source>&amp;Leave compare mode</source>
      <translation>Napu&amp;sti poređenje</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="156" />
      <source>Show the newer version alone again</source>
      <translation>Ponovo prikaži samo noviju verziju</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="166" />
      <source>Chan&amp;ges</source>
      <translation>Prom&amp;ene</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="167" />
      <source>Show or hide the list of changes of compare mode</source>
      <translation>Prikaži ili sakrij spisak promena pri poređenju</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="193" />
      <source>Nothing is open to compare with {name}: open an organization first</source>
      <translation>Nije otvoreno ništa što bi se poredilo sa {name}: prvo otvorite organizaciju</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="215" />
      <location filename="../../orgexplorer/ui/compare_controller.py" line="221" />
      <source>Comparing with {name}…</source>
      <translation>Poređenje sa {name}…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="226" />
      <source>{name} could not be compared: {reason}</source>
      <translation>{name} nije mogla da se uporedi: {reason}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="236" />
      <source>Comparing with {name}… {percent}%</source>
      <translation>Poređenje sa {name}… {percent}%</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="247" />
      <source>{name} was not compared: see Problems</source>
      <translation>{name} nije upoređena: vidi Probleme</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="286" />
      <source>Changes from {older} to {newer}: {count}</source>
      <translation>Promene od {older} do {newer}: {count}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="288" />
      <source>No changes from {older} to {newer}.</source>
      <translation>Nema promena od {older} do {newer}.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="293" />
      <source>{title} – changes since {older} – OrgExplorer</source>
      <translation>{title} – promene od {older} – OrgExplorer</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="311" />
      <source>Leaving compare mode…</source>
      <translation>Napuštanje poređenja…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="334" />
      <source>Comparing with {name} was stopped</source>
      <translation>Poređenje sa {name} je zaustavljeno</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="413" />
      <source>Compare with an older version</source>
      <translation>Poređenje sa starijom verzijom</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="439" />
      <source>Responsibility moved away</source>
      <translation>Nadležnost premeštena drugoj jedinici</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="440" />
      <source>to {unit}</source>
      <translation>u jedinicu {unit}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="445" />
      <source>Changes since {older}</source>
      <translation>Promene od verzije {older}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="460" />
      <source>Export changes</source>
      <translation>Izvoz promena</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="460" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
  </context>
  <context>
    <name>DetailPane</name>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="22" />
      <source>not stated</source>
      <translation>nije navedeno</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="80" />
      <source>Attached unit: organizationally and functionally related to {head}, not one of its subunits.</source>
      <translation>Pridružena jedinica: organizaciono i funkcionalno vezana za: {head}, ali nije njena unutrašnja jedinica.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="87" />
      <source>Kind</source>
      <translation>Vrsta</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="90" />
      <source>Head</source>
      <translation>Rukovodilac</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="98" />
      <source>Description</source>
      <translation>Opis</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="104" />
      <source>Responsibilities</source>
      <translation>Nadležnosti</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="112" />
      <source>Details</source>
      <translation>Dodatni podaci</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="120" />
      <source>Related units</source>
      <translation>Povezane jedinice</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="130" />
      <source>none</source>
      <translation>nema</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="142" />
      <source>{post}, head of {unit}</source>
      <translation>{post}, rukovodilac jedinice {unit}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="144" />
      <source>the head of {unit}</source>
      <translation>rukovodilac jedinice {unit}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="155" />
      <source>Part of</source>
      <translation>Deo jedinice</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="159" />
      <source>Subunits</source>
      <translation>Unutrašnje jedinice</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="161" />
      <source>Attached units</source>
      <translation>Pridružene jedinice</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="163" />
      <source>Related</source>
      <translation>Povezane jedinice</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="165" />
      <source>Referred to by</source>
      <translation>Upućuju na nju</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="157" />
      <source>Attached to</source>
      <translation>Pridružena uz</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="195" />
      <source>Unit details</source>
      <translation>Podaci o jedinici</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="196" />
      <source>Name, kind, head, description, responsibilities and related units</source>
      <translation>Naziv, vrsta, rukovodilac, opis, nadležnosti i povezane jedinice</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="217" />
      <source>No organization is open: open a file ({open}) or drop one on the window.</source>
      <translation>Nijedna organizacija nije otvorena: otvorite datoteku ({open}) ili je prevucite na prozor.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="220" />
      <source>Select a unit to see its details.</source>
      <translation>Izaberite jedinicu da biste videli njene podatke.</translation>
    </message>
  </context>
  <context>
    <name>Dialogs</name>
    <message>
      <location filename="../../orgexplorer/ui/dialogs.py" line="27" />
      <source>Organization files</source>
      <translation>Datoteke organizacija</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/dialogs.py" line="23" />
      <source>Open organization</source>
      <translation>Otvaranje organizacije</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/dialogs.py" line="31" />
      <source>Import spreadsheet</source>
      <translation>Uvoz tabele</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/dialogs.py" line="34" />
      <source>Spreadsheets</source>
      <translation>Tabele</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/dialogs.py" line="37" />
      <source>All files</source>
      <translation>Sve datoteke</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/dialogs.py" line="46" />
      <source>&lt;p&gt;&lt;b&gt;Data shown:&lt;/b&gt; {title}&lt;br&gt;Source: {source}&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;Prikazani podaci:&lt;/b&gt; {title}&lt;br&gt;Izvor: {source}&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/dialogs.py" line="51" />
      <source>About OrgExplorer</source>
      <translation>O programu OrgExplorer</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/dialogs.py" line="54" />
      <source>&lt;p&gt;Explore an organization: its hierarchy, the head and responsibilities of each unit, the units related to it; find units by function and print the chart.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Istražite organizaciju: njenu hijerarhiju, rukovodioca i nadležnosti svake jedinice, jedinice povezane s njom; pronađite jedinice po nadležnosti i odštampajte šemu.&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>ExportController</name>
    <message>
      <location filename="../../orgexplorer/ui/export_controller.py" line="99" />
      <source>Stop exporting; nothing is written</source>
      <extracomment>What to run: given a progress callback, write the file and say how it went.</extracomment>
      <translation>Prekini izvoz; ništa se ne upisuje</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_controller.py" line="99" />
      <source>Export progress</source>
      <translation>Tok izvoza</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_controller.py" line="119" />
      <source>Exporting {name}…</source>
      <translation>Izvozi se {name}…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_controller.py" line="150" />
      <source>Exporting {name} was cancelled; nothing was written</source>
      <translation>Izvoz datoteke {name} je prekinut; ništa nije upisano</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_controller.py" line="152" />
      <source>Export failed</source>
      <translation>Izvoz nije uspeo</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_controller.py" line="154" />
      <source>Exported {name}</source>
      <translation>Izvezeno: {name}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_controller.py" line="160" />
      <source>Exported with warnings</source>
      <translation>Izvezeno uz upozorenja</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_controller.py" line="218" />
      <source>Laying out the chart for printing…</source>
      <translation>Raspoređivanje šeme za štampu…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_controller.py" line="224" />
      <source>Printing failed</source>
      <translation>Štampanje nije uspelo</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="58" />
      <source>PDF chart (vector, printable)</source>
      <translation>PDF šema (vektorska, za štampu)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="59" />
      <source>SVG chart (vector)</source>
      <translation>SVG šema (vektorska)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="60" />
      <source>PNG image</source>
      <translation>PNG slika</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="61" />
      <source>Unit directory (PDF)</source>
      <translation>Imenik jedinica (PDF)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="62" />
      <source>Unit directory (HTML)</source>
      <translation>Imenik jedinica (HTML)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="63" />
      <source>Units for spreadsheets (CSV)</source>
      <translation>Jedinice za tabele (CSV)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="64" />
      <source>Units for spreadsheets (Excel workbook)</source>
      <translation>Jedinice za tabele (Excel radna sveska)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="84" />
      <source>Export chart</source>
      <translation>Izvoz šeme</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="97" />
      <source>Names</source>
      <translation>Nazivi</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="97" />
      <source>Names and heads</source>
      <translation>Nazivi i rukovodioci</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="97" />
      <source>Names, heads and responsibilities</source>
      <translation>Nazivi, rukovodioci i nadležnosti</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="101" />
      <source>Top down</source>
      <translation>Odozgo nadole</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="101" />
      <source>Left to right</source>
      <translation>Sleva nadesno</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="102" />
      <source>List leaf subunits in a column</source>
      <translation>Krajnje jedinice u koloni</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="104" />
      <source>The whole organization</source>
      <translation>Cela organizacija</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="106" />
      <source>{unit} and the units below it</source>
      <translation>{unit} i jedinice ispod nje</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="109" />
      <source>All levels</source>
      <translation>Svi nivoi</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="114" />
      <source>Automatic</source>
      <translation>Automatski</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="114" />
      <source>Landscape</source>
      <translation>Položeno</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="114" />
      <source>Portrait</source>
      <translation>Uspravno</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="117" />
      <source>Fit to one page</source>
      <translation>Na jednu stranu</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="117" />
      <source>Poster: tile across pages</source>
      <translation>Plakat: na više strana</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="117" />
      <source>Book: each branch legible</source>
      <translation>Knjiga: svaka grana čitljiva</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="123" />
      <source> × (1.0: 9 pt names)</source>
      <translation> × (1,0: nazivi od 9 pt)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="126" />
      <source>&amp;Format:</source>
      <translation>&amp;Format:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="127" />
      <source>&amp;Boxes show:</source>
      <translation>&amp;Polja prikazuju:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="128" />
      <source>&amp;Direction:</source>
      <translation>&amp;Smer:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="130" />
      <source>&amp;Units:</source>
      <translation>&amp;Jedinice:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="131" />
      <source>&amp;Levels:</source>
      <translation>&amp;Nivoi:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="132" />
      <source>&amp;Paper:</source>
      <translation>Pa&amp;pir:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="133" />
      <source>&amp;Orientation:</source>
      <translation>&amp;Orijentacija:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="134" />
      <source>Pa&amp;ges:</source>
      <translation>S&amp;trane:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="136" />
      <source>Chart &amp;scale:</source>
      <translation>&amp;Razmera šeme:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="142" />
      <source>Preview of the first page</source>
      <translation>Pregled prve strane</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="161" />
      <source>&amp;Export…</source>
      <translation>&amp;Izvezi…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="239" />
      <source>The unit directory: every unit with its head, responsibilities and relations.</source>
      <translation>Imenik jedinica: svaka jedinica sa rukovodiocem, nadležnostima i vezama.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="244" />
      <source>A CSV holds the units, one row each, for spreadsheets: it has no place for what the file says of the whole organization, so its name, source and glossary are not kept.</source>
      <translation>CSV sadrži jedinice, svaku u svom redu, za tabele: nema mesta za ono što datoteka kaže o celoj organizaciji, pa se njen naziv, izvor i rečnik skraćenica ne čuvaju.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="249" />
      <source>The workbook holds the units, one row each, and on a second sheet the organization's name, source and glossary: importing it gives the whole organization back.</source>
      <translation>Radna sveska sadrži jedinice, svaku u svom redu, a na drugom listu naziv, izvor i rečnik skraćenica organizacije: uvozom se dobija cela organizacija.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/ui/export_dialog.py" line="260" />
      <source>Drawing the preview of %Ln units…</source>
      <translation>
        <numerusform>Crta se pregled %Ln jedinice…</numerusform>
        <numerusform>Crta se pregled %Ln jedinice…</numerusform>
        <numerusform>Crta se pregled %Ln jedinica…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/ui/export_dialog.py" line="305" />
      <source>%Ln units</source>
      <translation>
        <numerusform>%Ln jedinica</numerusform>
        <numerusform>%Ln jedinice</numerusform>
        <numerusform>%Ln jedinica</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/ui/export_dialog.py" line="307" />
      <source>%Ln pages</source>
      <translation>
        <numerusform>%Ln strana</numerusform>
        <numerusform>%Ln strane</numerusform>
        <numerusform>%Ln strana</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="278" />
      <source>How large the chart is drawn, tiled across as many pages as it needs.</source>
      <translation>Koliko je šema velika; deli se na onoliko strana koliko joj treba.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="280" />
      <source>How large each branch's chart is drawn on the book's pages (never under 7 pt text).</source>
      <translation>Koliko je velika šema svake grane na stranama knjige (tekst nikad manji od 7 pt).</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="281" />
      <source>Fit to one page scales the chart to the page.</source>
      <translation>Na jednoj strani šema se uvećava ili smanjuje prema strani.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="310" />
      <source>names at {size} pt</source>
      <translation>nazivi od {size} pt</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="315" />
      <source>Warning: {warning}.</source>
      <translation>Upozorenje: {warning}.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="375" />
      <source>Export</source>
      <translation>Izvoz</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="383" />
      <source>Export failed</source>
      <translation>Izvoz nije uspeo</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="387" />
      <source>Exported with warnings</source>
      <translation>Izvezeno uz upozorenja</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="51" />
      <source>Id</source>
      <extracomment>What the dialog calls each of the importer's roles (``importer.ROLES`` says which roles there are; a role without words here is shown by its ``--map`` name).</extracomment>
      <translation>Id</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="52" />
      <source>Parent's id</source>
      <translation>Id nadređene jedinice</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="53" />
      <source>Reports to (parent's name)</source>
      <translation>Odgovara (naziv nadređene)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="54" />
      <source>Unit name</source>
      <translation>Naziv jedinice</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="55" />
      <source>Head (post)</source>
      <translation>Rukovodilac (funkcija)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="56" />
      <source>Head's name</source>
      <translation>Ime rukovodioca</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="57" />
      <source>Kind</source>
      <translation>Vrsta</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="58" />
      <source>Description</source>
      <translation>Opis</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="59" />
      <source>Responsibilities</source>
      <translation>Nadležnosti</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="60" />
      <source>Relation (attached)</source>
      <translation>Odnos (pridružena)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="61" />
      <source>Related units</source>
      <translation>Povezane jedinice</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="64" />
      <source>Comma (,)</source>
      <translation>Zarez (,)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="65" />
      <source>Semicolon (;)</source>
      <translation>Tačka-zarez (;)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="66" />
      <source>Tabs (TSV)</source>
      <translation>Tabulatori (TSV)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="67" />
      <source>Bar (|)</source>
      <translation>Uspravna crta (|)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="124" />
      <source>details</source>
      <translation>podaci</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="135" />
      <source>Import {name}</source>
      <translation>Uvoz: {name}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="157" />
      <source>&amp;Import</source>
      <translation>&amp;Uvezi</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="171" />
      <source>Found from the file</source>
      <translation>Prepoznat iz datoteke</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="176" />
      <source>The character between the columns (--delimiter)</source>
      <translation>Znak između kolona (--delimiter)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="179" />
      <source>The workbook's sheet to read (--sheet)</source>
      <translation>List radne sveske koji se čita (--sheet)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="184" />
      <source>Found from the sheet</source>
      <translation>Pronađen u tabeli</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="185" />
      <source>The row that names the columns, numbered as in the sheet (--header-row)</source>
      <translation>Red koji imenuje kolone, s brojem kao u tabeli (--header-row)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="189" />
      <source>&amp;Sheet:</source>
      <translation>&amp;List:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="191" />
      <source>&amp;Separator:</source>
      <translation>&amp;Razdelnik:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="192" />
      <source>&amp;Header row:</source>
      <translation>&amp;Red zaglavlja:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="212" />
      <source>The sheet's first rows</source>
      <translation>Prvi redovi lista</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="224" />
      <source>Columns</source>
      <translation>Kolone</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="228" />
      <source>Which column holds each field? &lt;b&gt;Unit name&lt;/b&gt; and a parent (id or name) are needed; columns left over are kept as each unit's details.</source>
      <translation>Koja kolona sadrži koje polje? Potrebni su &lt;b&gt;Naziv jedinice&lt;/b&gt; i nadređena jedinica (id ili naziv); preostale kolone čuvaju se kao podaci svake jedinice.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="238" />
      <source>The column of this field (--map {role}=HEADER)</source>
      <translation>Kolona ovog polja (--map {role}=zaglavlje)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="261" />
      <source>Reading {name}…</source>
      <translation>Čita se {name}…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="293" />
      <source>Found from the file: {separator}</source>
      <translation>Prepoznat iz datoteke: {separator}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="295" />
      <source>Found: row {row}</source>
      <translation>Pronađen: red {row}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="300" />
      <source>(none)</source>
      <translation>(nijedna)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="308" />
      <source>The first {shown} of {count} rows</source>
      <translation>Prvih {shown} redova (ukupno redova: {count})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="312" />
      <source>{count} rows</source>
      <translation>Redova: {count}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="341" />
      <source>The file cannot be read as it is: {problem}</source>
      <translation>Datoteka ne može da se pročita ovakva kakva je: {problem}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="347" />
      <source>Choose the column that holds the units' names.</source>
      <translation>Izaberite kolonu s nazivima jedinica.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="350" />
      <source>Choose the column that says where each unit belongs: its parent's id, or the name it reports to.</source>
      <translation>Izaberite kolonu koja kaže gde svaka jedinica pripada: id nadređene jedinice ili naziv jedinice kojoj odgovara.</translation>
    </message>
  </context>
  <context>
    <name>MainActions</name>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="54" />
      <source>&amp;Open…</source>
      <extracomment>The keys README promises where the platform binds none to the standard key (Windows has no Quit). View &gt; Language's items: each language's own name, with a mnemonic no other item of the menu takes (System default's is "d", translated with it).</extracomment>
      <translation>&amp;Otvori…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="55" />
      <source>Open an organization file</source>
      <translation>Otvorite datoteku organizacije</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="60" />
      <source>&amp;Import spreadsheet…</source>
      <translation>&amp;Uvezi tabelu…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="61" />
      <source>Open a CSV or Excel sheet of units (id and parentId, or Name and Reports_To)</source>
      <translation>Otvorite CSV ili Excel tabelu jedinica (id i parentId, ili Name i Reports_To)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="65" />
      <source>Reloa&amp;d</source>
      <translation>Učitaj &amp;ponovo</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="66" />
      <source>Read the open file again from disk</source>
      <translation>Ponovo pročitajte otvorenu datoteku sa diska</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="71" />
      <source>&amp;Export chart…</source>
      <translation>&amp;Izvezi šemu…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="72" />
      <source>Export the chart as PDF, SVG or PNG, or the unit directory</source>
      <translation>Izvezite šemu kao PDF, SVG ili PNG, ili imenik jedinica</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="77" />
      <source>&amp;Print…</source>
      <translation>Š&amp;tampaj…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="77" />
      <source>Print the chart, with a preview</source>
      <translation>Štampajte šemu, uz pregled</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="79" />
      <source>&amp;Quit</source>
      <translation>Iz&amp;laz</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="79" />
      <source>Quit OrgExplorer</source>
      <translation>Zatvorite OrgExplorer</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="81" />
      <source>&amp;Find…</source>
      <translation>&amp;Pronađi…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="81" />
      <source>Find units by name or function</source>
      <translation>Pronađite jedinice po nazivu ili nadležnosti</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="83" />
      <source>C&amp;lear search</source>
      <translation>&amp;Obriši pretragu</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="83" />
      <source>Clear the search and show the whole tree</source>
      <translation>Obrišite pretragu i prikažite celo stablo</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="87" />
      <source>&amp;Details</source>
      <translation>&amp;Podaci</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="87" />
      <source>Show the selected unit's details</source>
      <translation>Prikaži podatke o izabranoj jedinici</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="89" />
      <source>C&amp;hart</source>
      <translation>&amp;Šema</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="89" />
      <source>Show the organization chart</source>
      <translation>Prikaži organizacionu šemu</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="90" />
      <source>Zoom &amp;in</source>
      <translation>U&amp;veličaj</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="90" />
      <source>Enlarge the chart</source>
      <translation>Uvećajte šemu</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="91" />
      <source>Zoom &amp;out</source>
      <translation>U&amp;manji</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="91" />
      <source>Shrink the chart</source>
      <translation>Umanjite šemu</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="109" />
      <source>System &amp;default</source>
      <translation>Jezik &amp;sistema</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="92" />
      <source>Show the whole chart</source>
      <translation>Prikaži celu šemu</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="92" />
      <source>Fi&amp;t chart to window</source>
      <translation>Šema p&amp;o veličini prozora</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="93" />
      <source>&amp;Expand all</source>
      <translation>&amp;Raširi sve</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="93" />
      <source>Expand every unit</source>
      <translation>Raširite sve jedinice</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="94" />
      <source>&amp;Collapse all</source>
      <translation>&amp;Skupi sve</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="94" />
      <source>Collapse every unit</source>
      <translation>Skupite sve jedinice</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="96" />
      <source>&amp;Back</source>
      <translation>&amp;Nazad</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="97" />
      <source>Go back to the unit selected before</source>
      <translation>Vratite se na prethodno izabranu jedinicu</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="102" />
      <source>&amp;Forward</source>
      <translation>N&amp;apred</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="102" />
      <source>Go forward again</source>
      <translation>Idite ponovo napred</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="104" />
      <source>&amp;About OrgExplorer</source>
      <translation>&amp;O programu OrgExplorer</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="104" />
      <source>About OrgExplorer and the data shown</source>
      <translation>O programu OrgExplorer i prikazanim podacima</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="114" />
      <source>Choose the language of the interface</source>
      <translation>Izaberite jezik interfejsa</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="118" />
      <source>&amp;File</source>
      <translation>&amp;Datoteka</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="126" />
      <source>&amp;Edit</source>
      <translation>&amp;Uređivanje</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="128" />
      <source>&amp;View</source>
      <translation>&amp;Prikaz</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="139" />
      <source>&amp;Language</source>
      <translation>&amp;Jezik</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="142" />
      <source>&amp;Help</source>
      <translation>Po&amp;moć</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="146" />
      <source>Main</source>
      <translation>Glavna traka</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="147" />
      <source>Show or hide the toolbar</source>
      <translation>Prikažite ili sakrijte traku s alatkama</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../orgexplorer/ui/main_window.py" line="113" />
      <source>&amp;Details</source>
      <translation>&amp;Podaci</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/main_window.py" line="114" />
      <source>C&amp;hart</source>
      <translation>&amp;Šema</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/main_window.py" line="144" />
      <source>Stop opening the file; the organization open now stays</source>
      <translation>Prekini otvaranje; otvorena organizacija ostaje</translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/ui/main_window.py" line="309" />
      <source>%Ln units</source>
      <translation>
        <numerusform>%Ln jedinica</numerusform>
        <numerusform>%Ln jedinice</numerusform>
        <numerusform>%Ln jedinica</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/main_window.py" line="112" />
      <source>Details and chart</source>
      <translation>Podaci i šema</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/main_window.py" line="141" />
      <source>Number of units</source>
      <translation>Broj jedinica</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/main_window.py" line="265" />
      <source>Opening {name}…</source>
      <translation>Otvara se {name}…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/main_window.py" line="262" />
      <source>Opening was cancelled</source>
      <translation>Otvaranje je prekinuto</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/main_window.py" line="272" />
      <source>{name} was not opened: see Problems</source>
      <translation>{name} nije otvorena: pogledajte Probleme</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/main_window.py" line="292" />
      <source>{name} was reloaded</source>
      <translation>{name} je ponovo učitana</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/main_window.py" line="319" />
      <source>OrgExplorer</source>
      <translation>OrgExplorer</translation>
    </message>
  </context>
  <context>
    <name>Marks</name>
    <message>
      <location filename="../../orgexplorer/ui/icons.py" line="90" />
      <source>removed</source>
      <translation>uklonjena</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/icons.py" line="91" />
      <source>new</source>
      <translation>nova</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/icons.py" line="92" />
      <source>moved</source>
      <translation>premeštena</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/icons.py" line="93" />
      <source>renamed</source>
      <translation>preimenovana</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/icons.py" line="94" />
      <source>changed</source>
      <translation>izmenjeno</translation>
    </message>
  </context>
  <context>
    <name>MeaningSearch</name>
    <message numerus="yes">
      <location filename="../../orgexplorer/ui/meaning_search.py" line="34" />
      <source>; %Ln of them by meaning</source>
      <translation>
        <numerusform>; od toga %Ln po značenju</numerusform>
        <numerusform>; od toga %Ln po značenju</numerusform>
        <numerusform>; od toga %Ln po značenju</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/meaning_search.py" line="60" />
      <source>Preparing search by meaning…</source>
      <translation>Priprema pretrage po značenju…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/meaning_search.py" line="65" />
      <source>Preparing search by meaning</source>
      <translation>Priprema pretrage po značenju</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/meaning_search.py" line="68" />
      <source>Cancel</source>
      <translation>Otkaži</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/meaning_search.py" line="69" />
      <source>Stop preparing search by meaning; search by words goes on</source>
      <translation>Prekini pripremu pretrage po značenju; pretraga po rečima radi i dalje</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/meaning_search.py" line="160" />
      <source>Search by meaning is off ({reason}): searching by words only.</source>
      <translation>Pretraga po značenju je isključena ({reason}): pretražuje se samo po rečima.</translation>
    </message>
  </context>
  <context>
    <name>Outline</name>
    <message>
      <location filename="../../orgexplorer/ui/outline.py" line="23" />
      <source>head: {head}</source>
      <translation>rukovodilac: {head}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/outline.py" line="23" />
      <source>[attached]</source>
      <translation>[pridružena]</translation>
    </message>
  </context>
  <context>
    <name>PagesModel</name>
    <message>
      <location filename="../../orgexplorer/ui/preview_pages.py" line="117" />
      <source>Page {page} of {pages}</source>
      <translation>Strana {page} od {pages}</translation>
    </message>
  </context>
  <context>
    <name>PrintPreview</name>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="119" />
      <source>{title}: organizational chart</source>
      <extracomment>Plans the pages of a choice of pages and scale, and draws the first (any thread).</extracomment>
      <translation>{title}: organizaciona šema</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="152" />
      <source>Print preview</source>
      <translation>Pregled pre štampe</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="179" />
      <source>Pages as they will print</source>
      <translation>Strane kako će biti odštampane</translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/ui/print_preview.py" line="263" />
      <source>%Ln pages</source>
      <translation>
        <numerusform>%Ln strana</numerusform>
        <numerusform>%Ln strane</numerusform>
        <numerusform>%Ln strana</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="197" />
      <source>Fit to one page</source>
      <translation>Na jednu stranu</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="197" />
      <source>Poster: tile across pages</source>
      <translation>Plakat: na više strana</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="197" />
      <source>Book: each branch legible</source>
      <translation>Knjiga: svaka grana čitljiva</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="206" />
      <source>Pa&amp;ges:</source>
      <translation>S&amp;trane:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="269" />
      <source>Warning: {warning}.</source>
      <translation>Upozorenje: {warning}.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="230" />
      <source>Smaller</source>
      <translation>Manje</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="205" />
      <source>A chart book does not mark the changes of compare mode yet</source>
      <translation>Knjiga šema još ne označava promene iz režima poređenja</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="214" />
      <source> × (1.0: 9 pt names)</source>
      <translation> × (1,0: nazivi od 9 pt)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="216" />
      <source>Chart &amp;scale:</source>
      <translation>&amp;Razmera šeme:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="230" />
      <source>Larger</source>
      <translation>Veće</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="231" />
      <source>Show the pages smaller on the screen (the print stays as it is)</source>
      <translation>Prikaži strane manje na ekranu (otisak ostaje isti)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="232" />
      <source>Show the pages larger on the screen (the print stays as it is)</source>
      <translation>Prikaži strane veće na ekranu (otisak ostaje isti)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="241" />
      <source>&amp;Print…</source>
      <translation>Š&amp;tampaj…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="266" />
      <source>names at {size} pt</source>
      <translation>nazivi od {size} pt</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="277" />
      <source>How large the chart is drawn, tiled across as many pages as it needs.</source>
      <translation>Koliko je šema velika; deli se na onoliko strana koliko joj treba.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="279" />
      <source>How large each branch's chart is drawn on the book's pages (never under 7 pt text).</source>
      <translation>Koliko je velika šema svake grane na stranama knjige (tekst nikad manji od 7 pt).</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="281" />
      <source>Fit to one page scales the chart to the page.</source>
      <translation>Na jednoj strani šema se uvećava ili smanjuje prema strani.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="303" />
      <source>Planning the pages…</source>
      <translation>Raspoređivanje strana…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="327" />
      <source>The pages could not be planned: {reason}</source>
      <translation>Strane nisu mogle da se rasporede: {reason}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="396" />
      <source>The page could not be drawn: {reason}</source>
      <translation>Strana nije mogla da se iscrta: {reason}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="427" />
      <source>Printing…</source>
      <translation>Štampanje…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/ui/print_preview.py" line="435" />
      <source>Printed %Ln pages.</source>
      <translation>
        <numerusform>Odštampana je %Ln strana.</numerusform>
        <numerusform>Odštampane su %Ln strane.</numerusform>
        <numerusform>Odštampano je %Ln strana.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="438" />
      <source>Printing failed: {reason}</source>
      <translation>Štampanje nije uspelo: {reason}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="441" />
      <source>Printing was cancelled.</source>
      <translation>Štampanje je otkazano.</translation>
    </message>
  </context>
  <context>
    <name>Problems</name>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="65" />
      <source>a mapping</source>
      <translation>mapa</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="67" />
      <source>a list</source>
      <translation>lista</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="69" />
      <source>empty</source>
      <translation>prazna vrednost</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="70" />
      <source>text</source>
      <translation>tekst</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="78" />
      <source>the file</source>
      <extracomment>Where a key is, said when a rule is broken (a phrase of its own: "unknown key 'x' in {place}").</extracomment>
      <translation>datoteke</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="82" />
      <source>this unit</source>
      <translation>ove jedinice</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="86" />
      <source>unit '{unit}'</source>
      <translation>jedinice „{unit}“</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="90" />
      <source>glossary entry '{term}'</source>
      <translation>pojma „{term}“ u rečniku</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="125" />
      <source>unknown key '{key}' in {place}</source>
      <translation>nepoznat ključ „{key}“ u okviru {place}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="129" />
      <source>unknown key '{key}' in {place}; did you mean '{suggestion}'?</source>
      <translation>nepoznat ključ „{key}“ u okviru {place}; da li ste mislili na „{suggestion}“?</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="150" />
      <source>{place} has no '{key}'</source>
      <translation>nedostaje ključ „{key}“ {place}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="160" />
      <source>'{key}' must be text, not {what}</source>
      <translation>„{key}“ mora biti tekst, a ne {what}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="165" />
      <source>'{key}' of {place} is empty</source>
      <translation>ključ „{key}“ {place} nema vrednost</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="177" />
      <source>a responsibility contains the invisible character {character}; remove it</source>
      <translation>nadležnost sadrži nevidljivi znak {character}; uklonite ga</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="182" />
      <source>'{key}' contains the invisible character {character}; remove it</source>
      <translation>„{key}“ sadrži nevidljivi znak {character}; uklonite ga</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="195" />
      <source>character {position} of the id is the invisible {character}; an id must be visible text (this one looks like '{visible}')</source>
      <translation>znak broj {position} u id-u je nevidljivi znak {character}; id mora biti vidljiv tekst (ovaj izgleda kao „{visible}“)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="202" />
      <source>character {position} of the name is the invisible {character}: it looks like '{visible}' but is another name</source>
      <translation>znak broj {position} u nazivu je nevidljivi znak {character}: naziv izgleda kao „{visible}“, ali je drugi naziv</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="219" />
      <source>'{key}' must be a list, not {what}; start each item with '{dash}' (a dash and a space), in the same column</source>
      <translation>„{key}“ mora biti lista, a ne {what}; počnite svaku stavku sa „{dash}“ (crtica i razmak), u istoj koloni</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="225" />
      <source>'{key}' must be a list, not {what}; write each item on a line of its own below it, starting with '{dash}', or all in brackets: {brackets}</source>
      <translation>„{key}“ mora biti lista, a ne {what}; napišite svaku stavku u poseban red ispod ključa, počevši sa „{dash}“, ili sve stavke u uglastim zagradama: {brackets}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="238" />
      <source>the file is empty; an organization file starts with '{start}'</source>
      <translation>datoteka je prazna; datoteka organizacije počinje sa „{start}“</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="242" />
      <source>the file must be a mapping with '{format}', '{organization}' and '{units}', not {what}</source>
      <translation>datoteka mora biti mapa sa ključevima „{format}“, „{organization}“ i „{units}“, a ne {what}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="252" />
      <source>unknown format '{version}'; this version of OrgExplorer reads '{format}'</source>
      <translation>nepoznat format „{version}“; ova verzija programa OrgExplorer čita format „{format}“</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="261" />
      <source>the file has no '{key}'</source>
      <translation>datoteka nema „{key}“</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="266" />
      <source>'{key}' is empty; an organization has at least one unit</source>
      <translation>„{key}“ je prazno; organizacija ima bar jednu jedinicu</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="279" />
      <source>'{key}' must be a mapping, not {what}</source>
      <translation>„{key}“ mora biti mapa, a ne {what}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="308" />
      <source>a unit must be a mapping with '{id}' and '{name}', not {what}</source>
      <translation>jedinica mora biti mapa sa ključevima „{id}“ i „{name}“, a ne {what}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="332" />
      <source>duplicate unit id '{unit}' (first used at line {line}, column {column})</source>
      <translation>id jedinice „{unit}“ se ponavlja (prvi put upotrebljen u redu {line}, kolona {column})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="378" />
      <source>the name of {place}</source>
      <translation>naziva {place}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="381" />
      <source>'{tag}' is not a language tag such as '{en}', '{latin}' or '{cyrillic}'</source>
      <translation>„{tag}“ nije oznaka jezika kao što su „{en}“, „{latin}“ ili „{cyrillic}“</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="394" />
      <source>'{key}' of {place} gives no name</source>
      <translation>ključ „{key}“ {place} ne navodi nijedan naziv</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="405" />
      <source>the head of {place}</source>
      <translation>rukovodioca {place}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="440" />
      <source>a responsibility must be text, not {what}</source>
      <translation>nadležnost mora biti tekst, a ne {what}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="453" />
      <source>'{key}' must be a mapping of labels to text, not {what}</source>
      <translation>„{key}“ mora biti mapa naziva podataka i teksta, a ne {what}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="457" />
      <source>detail '{label}' of {place}</source>
      <translation>podatka „{label}“ {place}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="474" />
      <source>'{key}' holds unit ids, not {what}</source>
      <translation>„{key}“ sadrži id-ove jedinica, a ne {what}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="501" />
      <source>'{key}' names '{unit}', which is no unit in this file</source>
      <translation>„{key}“ navodi „{unit}“, a takve jedinice nema u ovoj datoteci</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="505" />
      <source>'{key}' names '{unit}', which is no unit in this file; did you mean '{suggestion}'?</source>
      <translation>„{key}“ navodi „{unit}“, a takve jedinice nema u ovoj datoteci; da li ste mislili na „{suggestion}“?</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="511" />
      <source>'{key}' names the unit itself ('{unit}')</source>
      <translation>„{key}“ navodi samu jedinicu („{unit}“)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="518" />
      <source>'{key}' names '{unit}' twice</source>
      <translation>„{key}“ navodi „{unit}“ dvaput</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/encoding.py" line="41" />
      <source>the file is UTF-32 encoded; save it as UTF-8</source>
      <translation>datoteka je u kodiranju UTF-32; sačuvajte je kao UTF-8</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/encoding.py" line="47" />
      <source>the file is not valid UTF-16 text ({reason}); save it as UTF-8</source>
      <translation>datoteka nije ispravan UTF-16 tekst (Python: {reason}); sačuvajte je kao UTF-8</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/encoding.py" line="63" />
      <source>this is a binary file, not YAML text (it contains a NUL byte)</source>
      <translation>ovo je binarna datoteka, a ne YAML tekst (sadrži bajt NUL)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/encoding.py" line="81" />
      <source>the file is not UTF-8 but {encoding} (its letters {letters} say so); it was read as {encoding}: check the names, and save it as UTF-8 to be sure</source>
      <translation>datoteka nije u kodiranju UTF-8 nego {encoding} (na to ukazuju slova {letters}); pročitana je kao {encoding}: proverite nazive i sačuvajte je kao UTF-8 da biste bili sigurni</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/encoding.py" line="127" />
      <source>the file is not valid UTF-8 text (byte {byte} cannot be decoded); save it as UTF-8</source>
      <extracomment>The legacy encodings a Serbian (or Croatian, Bosnian, Slovene) spreadsheet is saved in on Windows, each with the letters beyond ASCII its language needs, and whether they share words with ASCII letters (Latin: "Šić"; Cyrillic never: the same bytes read as Cyrillic give "Љiж"). A file is taken to be in one when every character beyond ASCII it decodes to is one of those letters or common typography, its words are of one script where they must be, and no other encoding fits as well.</extracomment>
      <translation>datoteka nije ispravan UTF-8 tekst (bajt {byte} ne može da se dekodira); sačuvajte je kao UTF-8</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/encoding.py" line="131" />
      <source>the file is not valid UTF-8 text (byte {byte} cannot be decoded); it looks like {encoding} (its letters {letters} say so): save it as UTF-8</source>
      <translation>datoteka nije ispravan UTF-8 tekst (bajt {byte} ne može da se dekodira); izgleda da je u kodiranju {encoding} (na to ukazuju slova {letters}): sačuvajte je kao UTF-8</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/encoding.py" line="156" />
      <source>a byte-order mark ({character}) inside the file; remove it</source>
      <translation>oznaka redosleda bajtova ({character}) usred datoteke; uklonite je</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/files.py" line="49" />
      <source>cannot read the file: there is no such file</source>
      <extracomment>Checks that the file at a path is complete; raises OutputError when it is not.</extracomment>
      <translation>datoteka ne može da se pročita: ne postoji</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/files.py" line="51" />
      <source>cannot read the file: permission denied</source>
      <translation>datoteka ne može da se pročita: nema dozvole za čitanje</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/files.py" line="53" />
      <source>cannot read the file: it is a folder</source>
      <translation>datoteka ne može da se pročita: to je fascikla</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/files.py" line="54" />
      <source>cannot read the file: {reason}</source>
      <translation>datoteka ne može da se pročita: {reason}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/files.py" line="348" />
      <source>a pipe (FIFO)</source>
      <translation>cev (FIFO)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/files.py" line="350" />
      <source>a device</source>
      <translation>uređaj</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/files.py" line="352" />
      <source>a socket</source>
      <translation>utičnica</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/files.py" line="353" />
      <source>not a regular file</source>
      <translation>posebna datoteka</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/files.py" line="358" />
      <source>this is a folder, not a file</source>
      <translation>ovo je fascikla, a ne datoteka</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/files.py" line="359" />
      <source>this is {kind}, not a regular file; save the data to a file and open that</source>
      <translation>ovo je {kind}, a ne obična datoteka; sačuvajte podatke u datoteku i otvorite nju</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/files.py" line="374" />
      <source>the file is {size:,.1f} MiB, more than the limit of {limit:,.0f} MiB</source>
      <translation>datoteka ima {size} MiB, više od ograničenja od {limit} MiB</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/files.py" line="417" />
      <source>the file grew past the limit of {limit:,.0f} MiB while it was read</source>
      <translation>datoteka je tokom čitanja narasla preko ograničenja od {limit} MiB</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/delimiter.py" line="27" />
      <source>tab</source>
      <extracomment>The separators looked for, with the names the user gives them by (``--delimiter tab``).</extracomment>
      <translation>tabulator</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/delimiter.py" line="78" />
      <source>the first row is one column, and none of , ; tab | separates it (it has {shown})</source>
      <translation>prvi red je jedna kolona i ne deli ga nijedan od znakova , ; tabulator | (sadrži {shown})</translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/model/delimiter.py" line="87" />
      <source>both {first} and {second} split the rows into %n columns</source>
      <translation>
        <numerusform>i {first} i {second} dele redove na %n kolonu</numerusform>
        <numerusform>i {first} i {second} dele redove na %n kolone</numerusform>
        <numerusform>i {first} i {second} dele redove na %n kolona</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/importer.py" line="145" />
      <source>sheet '{sheet}', row {row}: '{field}' is no field; the fields are {fields} (left out)</source>
      <translation>list „{sheet}“, red {row}: „{field}“ nije polje; polja su {fields} (izostavljeno)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/importer.py" line="157" />
      <source>sheet '{sheet}', row {row}: a glossary row without its term (left out)</source>
      <translation>list „{sheet}“, red {row}: red rečnika bez pojma (izostavljen)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/importer.py" line="162" />
      <source>sheet '{sheet}', row {row}: the term '{term}' again (row {kept} kept)</source>
      <translation>list „{sheet}“, red {row}: pojam „{term}“ ponovo (zadržan je red {kept})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/importer.py" line="75" />
      <source>the column separator could not be determined: {doubt}; set it: {option} on the command line, or Separator in the window's Import spreadsheet</source>
      <extracomment>Each role and the headers that claim it (compared without case, spaces, dashes, underscores or dots, in either Serbian script, without diacritics: ``_normal``). An HR system's own number for a person or a post is the id (Employee ID, Personnel number, Šifra, ID radnika), not a detail beside ids made from names. Serbian HR systems' headers too (Naziv, Nadređeni, Radno mesto), as folded (đ is "dj"). A column of names in one language (``name:sr-Latn``, as export writes them): matched as the role ``name:TAG`` beside ``ROLES``; the units it names get their names by language. An .xlsx workbook may hold, beside its sheet of units, a sheet of this name with what the file says of the whole organization (``orgexplorer export -o units.xlsx`` writes one): a header row of ``ORGANIZATION_COLUMNS``, then a row per field: its name, a glossary row's term, and the text. A CSV whose rows do not tell their column separator: the window's import dialog lets the user set it.</extracomment>
      <translation>razdelnik kolona nije mogao da se odredi: {doubt}; zadajte ga: opcijom {option} na komandnoj liniji ili poljem Razdelnik u prozoru Uvoz tabele</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/importer.py" line="216" />
      <source>not a readable CSV file: {reason}</source>
      <translation>CSV datoteka ne može da se pročita (Python: {reason})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/importer.py" line="220" />
      <source>the file is empty; the first row names the columns ({columns})</source>
      <translation>datoteka je prazna; prvi red sadrži nazive kolona ({columns})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/importer.py" line="227" />
      <source>with the separator {separator} the first row is one column; it holds {held}: is that the separator?</source>
      <translation>uz razdelnik {separator} prvi red je jedna kolona; sadrži {held}: da li je to razdelnik?</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/importer.py" line="266" />
      <source>a cell of {length:,} characters; a value holds at most {limit:,}</source>
      <translation>ćelija je predugačka: broj znakova {length}, a vrednost može imati najviše {limit}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/importer.py" line="284" />
      <source>unknown column role '{role}' in the mapping; roles are {roles}</source>
      <translation>nepoznata uloga kolone „{role}“ u dodeli kolona; uloge su: {roles}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/importer.py" line="290" />
      <source>the mapping names column '{header}', which the first row does not have</source>
      <translation>dodela kolona navodi kolonu „{header}“, koje nema u prvom redu</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/importer.py" line="312" />
      <source>no column of unit names: name one '{name}' or map one with {option}</source>
      <translation>nema kolone s nazivima jedinica: nazovite jednu „{name}“ ili je dodelite opcijom {option}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/importer.py" line="315" />
      <source>no column of parents: name one '{parent}' or '{reports_to}', or map one with {option}</source>
      <translation>nema kolone s nadređenim jedinicama: nazovite jednu „{parent}“ ili „{reports_to}“ ili je dodelite opcijom {option}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/model/importer.py" line="348" />
      <source>a value in column {column}, which has no header in the header row (row {header_row}), is left out (and in %Ln more rows); name the column to import it</source>
      <translation>
        <numerusform>vrednost u koloni {column}, koja nema zaglavlje u redu zaglavlja (red {header_row}), izostavljena je (kao i u još %Ln redu); dajte koloni naziv da biste je uvezli</numerusform>
        <numerusform>vrednost u koloni {column}, koja nema zaglavlje u redu zaglavlja (red {header_row}), izostavljena je (kao i u još %Ln reda); dajte koloni naziv da biste je uvezli</numerusform>
        <numerusform>vrednost u koloni {column}, koja nema zaglavlje u redu zaglavlja (red {header_row}), izostavljena je (kao i u još %Ln redova); dajte koloni naziv da biste je uvezli</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/importer.py" line="354" />
      <source>a value in column {column}, which has no header in the header row (row {header_row}), is left out; name the column to import it</source>
      <translation>vrednost u koloni {column}, koja nema zaglavlje u redu zaglavlja (red {header_row}), izostavljena je; dajte koloni naziv da biste je uvezli</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/importer.py" line="590" />
      <source>the name '{name}' is none of this row's names by language ({tags}); say its language in its column's header (name:sr-Latn, name:en, ...), or leave the cell empty</source>
      <translation>naziv „{name}“ nije nijedan od naziva ovog reda po jezicima ({tags}); navedite njegov jezik u zaglavlju kolone (name:sr-Latn, name:en, ...) ili ostavite ćeliju praznu</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/importer.py" line="402" />
      <source>the first row names '{header}' twice (columns {first} and {second})</source>
      <translation>prvi red dvaput navodi „{header}“ (kolone {first} i {second})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/importer.py" line="437" />
      <source>duplicate id '{unit}' (first in row {row})</source>
      <translation>id „{unit}“ se ponavlja (prvi put u redu {row})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/importer.py" line="455" />
      <source>parent '{parent}' is no id or name in this file</source>
      <translation>nadređena jedinica „{parent}“ nije ni id ni naziv u ovoj datoteci</translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/model/importer.py" line="459" />
      <source>parent '{parent}' is no id, and the name of %n rows ({rows}); give each an id</source>
      <translation>
        <numerusform>nadređena jedinica „{parent}“ nije id, a kao naziv se javlja u %n redu ({rows}); dodelite svakom od njih id</numerusform>
        <numerusform>nadređena jedinica „{parent}“ nije id, a kao naziv se javlja u %n reda ({rows}); dodelite svakom od njih id</numerusform>
        <numerusform>nadređena jedinica „{parent}“ nije id, a kao naziv se javlja u %n redova ({rows}); dodelite svakom od njih id</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/importer.py" line="473" />
      <source>reports to '{name}', which is no name in this file</source>
      <translation>odgovara jedinici „{name}“, a takvog naziva nema u ovoj datoteci</translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/model/importer.py" line="477" />
      <source>reports to '{name}', which names %n rows; give each an id</source>
      <translation>
        <numerusform>odgovara jedinici „{name}“, a taj naziv se javlja u %n redu; dodelite svakom od njih id</numerusform>
        <numerusform>odgovara jedinici „{name}“, a taj naziv se javlja u %n reda; dodelite svakom od njih id</numerusform>
        <numerusform>odgovara jedinici „{name}“, a taj naziv se javlja u %n redova; dodelite svakom od njih id</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/importer.py" line="493" />
      <source>a second top unit (rows {rows} have no parent); an import has one top</source>
      <translation>druga jedinica najvišeg nivoa (redovi {rows} nemaju nadređenu jedinicu); uvoz ima samo jednu jedinicu najvišeg nivoa</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/importer.py" line="499" />
      <source>a cycle of parents: {cycle} → {first}</source>
      <translation>nadređene jedinice čine krug: {cycle} → {first}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/importer.py" line="254" />
      <source>the sheet has no rows of units: only its first row, which names the columns</source>
      <translation>list nema redove s jedinicama: ima samo prvi red, sa nazivima kolona</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/loader.py" line="168" />
      <source>unexpected failure while importing: {reason}</source>
      <translation>neočekivana greška pri uvozu (Python: {reason})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/loader.py" line="214" />
      <source>loading was cancelled</source>
      <translation>učitavanje je prekinuto</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/loader.py" line="218" />
      <source>unexpected failure while reading: {reason}</source>
      <translation>neočekivana greška pri čitanju (Python: {reason})</translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/model/problems.py" line="51" />
      <source>stopped after %Ln problems</source>
      <translation>
        <numerusform>čitanje je zaustavljeno posle %Ln problema</numerusform>
        <numerusform>čitanje je zaustavljeno posle %Ln problema</numerusform>
        <numerusform>čitanje je zaustavljeno posle %Ln problema</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/xlsx.py" line="41" />
      <source>reading .xlsx needs the openpyxl package: {command}</source>
      <translation>za čitanje .xlsx datoteka potreban je paket openpyxl: {command}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/xlsx.py" line="48" />
      <source>not a readable .xlsx file: it is not a zip archive ({reason})</source>
      <translation>.xlsx datoteka ne može da se pročita: nije zip arhiva (Python: {reason})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/xlsx.py" line="52" />
      <source>the .xlsx file unpacks to {size:,.1f} MiB, more than the limit of {limit:,.0f} MiB</source>
      <translation>raspakovana .xlsx datoteka ima {size} MiB, više od ograničenja od {limit} MiB</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/xlsx.py" line="60" />
      <source>not a readable .xlsx file: a part of it is damaged or missing ({reason})</source>
      <translation>.xlsx datoteka ne može da se pročita: neki njen deo je oštećen ili nedostaje (openpyxl: {reason})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/xlsx.py" line="67" />
      <source>not a readable .xlsx file: it has no worksheet</source>
      <translation>.xlsx datoteka ne može da se pročita: nema nijedan radni list</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/xlsx.py" line="98" />
      <source>the sheet is empty; the first row names the columns ({columns})</source>
      <translation>list je prazan; prvi red sadrži nazive kolona ({columns})</translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/model/xlsx.py" line="128" />
      <source>the workbook has %n sheets; the first, '{first}', was read, not {others} (choose one with {option}, or in the window's import)</source>
      <translation>
        <numerusform>radna sveska ima %n list; pročitan je prvi, „{first}“, a ne {others} (list birate opcijom {option} ili pri uvozu u prozoru)</numerusform>
        <numerusform>radna sveska ima %n lista; pročitan je prvi, „{first}“, a ne {others} (list birate opcijom {option} ili pri uvozu u prozoru)</numerusform>
        <numerusform>radna sveska ima %n listova; pročitan je prvi, „{first}“, a ne {others} (list birate opcijom {option} ili pri uvozu u prozoru)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/xlsx.py" line="140" />
      <source>the workbook has no sheet '{sheet}'; its sheets are {sheets}</source>
      <translation>radna sveska nema list „{sheet}“; njeni listovi su {sheets}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/xlsx.py" line="159" />
      <source>not a readable .xlsx file: its sheet '{sheet}' is damaged ({reason})</source>
      <translation>.xlsx datoteka ne može da se pročita: njen list „{sheet}“ je oštećen (openpyxl: {reason})</translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/model/xlsx.py" line="175" />
      <source>the sheet claims %Ln columns ({claim}), more than the limit of {limit:,}</source>
      <translation>
        <numerusform>list navodi %Ln kolonu ({claim}), više od ograničenja od {limit}</numerusform>
        <numerusform>list navodi %Ln kolone ({claim}), više od ograničenja od {limit}</numerusform>
        <numerusform>list navodi %Ln kolona ({claim}), više od ograničenja od {limit}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/model/xlsx.py" line="180" />
      <source>the sheet claims %Ln rows ({claim}), more than the limit of {limit:,}</source>
      <translation>
        <numerusform>list navodi %Ln red ({claim}), više od ograničenja od {limit}</numerusform>
        <numerusform>list navodi %Ln reda ({claim}), više od ograničenja od {limit}</numerusform>
        <numerusform>list navodi %Ln redova ({claim}), više od ograničenja od {limit}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/xlsx.py" line="185" />
      <source>the sheet claims {rows:,} rows of {columns:,} columns ({claim}): {cells:,} cells, more than the limit of {limit:,}</source>
      <translation>list navodi opseg {claim}: redova {rows}, kolona {columns}, ukupno ćelija {cells}, više od ograničenja od {limit}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/xlsx.py" line="218" />
      <source>the sheet has more than the limit of {limit:,} rows</source>
      <translation>list ima više redova nego što ograničenje dozvoljava ({limit})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/xlsx.py" line="222" />
      <source>a cell in column {column:,}, more than the limit of {limit:,} columns</source>
      <translation>ćelija u koloni {column}, iza poslednje dozvoljene kolone (ograničenje: {limit})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/xlsx.py" line="229" />
      <source>the sheet has more than the limit of {limit:,} cells</source>
      <translation>list ima više ćelija nego što ograničenje dozvoljava ({limit})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/xlsx.py" line="271" />
      <source>sheet '{sheet}', cell {cell}: the formula {formula} has no stored result; its text is kept as the value (open and save the file in a spreadsheet program to store results)</source>
      <translation>list „{sheet}“, ćelija {cell}: formula {formula} nema sačuvan rezultat; kao vrednost je zadržan njen tekst (otvorite i sačuvajte datoteku u programu za tabele da bi se rezultati sačuvali)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="136" />
      <source>not valid YAML</source>
      <translation>nije ispravan YAML</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="138" />
      <source>YAML syntax: {problem}</source>
      <translation>greška u YAML sintaksi (PyYAML: {problem})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="141" />
      <source>YAML syntax: {problem} ({context} at line {line}, column {column})</source>
      <translation>greška u YAML sintaksi (PyYAML: {problem}; {context}: red {line}, kolona {column})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="147" />
      <source>YAML syntax: {problem} ({context})</source>
      <translation>greška u YAML sintaksi (PyYAML: {problem}; {context})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="171" />
      <source>the quote ({quote}) that starts this value is never closed: end the value with {quote} on the same line</source>
      <translation>navodnik ({quote}) kojim počinje ova vrednost nigde se ne zatvara: završite vrednost znakom {quote} u istom redu</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="184" />
      <source>the '{opening}' here is never closed: end it with '{closing}' on the same line, its items separated by commas</source>
      <translation>zagrada „{opening}“ ovde se nigde ne zatvara: zatvorite je znakom „{closing}“ u istom redu, a stavke odvojite zarezima</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="192" />
      <source>a value cannot start with '{sign}' in YAML: put the value in quotes</source>
      <translation>u YAML-u vrednost ne može da počne znakom „{sign}“: stavite vrednost pod navodnike</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="208" />
      <source>a colon and a space ('{colon}') where no key can start: if they are part of the text, put the text in quotes</source>
      <translation>dvotačka i razmak („{colon}“) na mestu gde ne može da počne ključ: ako su deo teksta, stavite tekst pod navodnike</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="227" />
      <source>this line is indented with a tab: YAML indents with spaces only; replace the tab with spaces</source>
      <translation>ovaj red je uvučen tabulatorom: YAML uvlači redove samo razmacima; zamenite tabulator razmacima</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="233" />
      <source>a tab character: YAML separates keys and values with spaces only; replace the tab with a space</source>
      <translation>znak tabulatora: YAML odvaja ključeve i vrednosti samo razmacima; zamenite tabulator razmakom</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="245" />
      <source>YAML keeps '{character}' for itself at the start of a value: put the value in quotes ({quoted})</source>
      <translation>YAML znak „{character}“ na početku vrednosti smatra svojim posebnim znakom: stavite vrednost pod navodnike ({quoted})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="255" />
      <source>'{sequence}' in double quotes is no escape (YAML reads a backslash there as the start of one, such as {example}): put the value in single quotes, or write the backslash twice ({twice})</source>
      <translation>„{sequence}“ pod dvostrukim navodnicima nije izlazna sekvenca (YAML tu obrnutu kosu crtu čita kao početak sekvence, kao u {example}): stavite vrednost pod jednostruke navodnike ili napišite obrnutu kosu crtu dvaput ({twice})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="269" />
      <source>'{text}' needs a space after the colon: a key is followed by a colon and a space ('{written}')</source>
      <translation>u „{text}“ nedostaje razmak posle dvotačke: posle ključa dolaze dvotačka i razmak („{written}“)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="276" />
      <source>'{text}' is not a key and its value: write the key, a colon and a space, then the value ('{example}'); if it continues the text of the line above, indent it further than that line's key</source>
      <translation>„{text}“ nije ključ sa vrednošću: napišite ključ, dvotačku i razmak, pa vrednost („{example}“); ako je to nastavak teksta iz reda iznad, uvucite ga više od ključa tog reda</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="283" />
      <source>'{text}' is not a key and its value: write the key, a colon and a space, then the value; if it continues the text of the line above, indent it further than that line's key</source>
      <translation>„{text}“ nije ključ sa vrednošću: napišite ključ, dvotačku i razmak, pa vrednost; ako je to nastavak teksta iz reda iznad, uvucite ga više od ključa tog reda</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="296" />
      <source>a list item ('-') cannot follow '{key}:' on the same line: put each item on a line of its own below '{key}:', indented further</source>
      <translation>stavka liste („-“) ne može da stoji u istom redu posle „{key}:“: stavite svaku stavku u poseban red ispod „{key}:“, uvučenu više</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="315" />
      <source>the value of '{key}' holds a colon and a space ('{colon}'), which YAML reads as a new key: put the value in quotes ({key}: {quoted})</source>
      <translation>vrednost ključa „{key}“ sadrži dvotačku i razmak („{colon}“), koje YAML čita kao početak novog ključa: stavite vrednost pod navodnike ({key}: {quoted})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="331" />
      <source>the quote ({quote}) that starts this value is not closed on its line, so the text runs on to line {line}: end the value with {quote}</source>
      <translation>navodnik ({quote}) kojim počinje ova vrednost nije zatvoren u svom redu, pa se tekst nastavlja sve do reda {line}: završite vrednost znakom {quote}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="345" />
      <source>text after the closing quote ({quote}): the quotes hold the whole value or none of it; put them around all of it, or leave them out</source>
      <translation>tekst posle navodnika koji zatvara vrednost ({quote}): navodnici obuhvataju celu vrednost ili ništa od nje; stavite ih oko cele vrednosti ili ih izostavite</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="368" />
      <source>a list item's '-' needs a space after it: write '- ' and then the item</source>
      <translation>posle crtice („-“) stavke liste mora da stoji razmak: napišite „- “, pa stavku</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="377" />
      <source>this line is indented further than line {above} above it: {owner} start in the same column; move '{key}' to column {column} (if the line continues the value of '{previous}', put that whole value in quotes instead)</source>
      <translation>ovaj red je uvučen više od reda {above} iznad njega: {owner} počinju u istoj koloni; premestite „{key}“ u kolonu {column} (ako red nastavlja vrednost ključa „{previous}“, umesto toga stavite celu tu vrednost pod navodnike)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="384" />
      <source>this line is indented further than line {above} above it: {owner} start in the same column; move this line to column {column} (if the line continues the value of '{previous}', put that whole value in quotes instead)</source>
      <translation>ovaj red je uvučen više od reda {above} iznad njega: {owner} počinju u istoj koloni; premestite ovaj red u kolonu {column} (ako red nastavlja vrednost ključa „{previous}“, umesto toga stavite celu tu vrednost pod navodnike)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="418" />
      <source>this list item ('-') stands among the keys of line {keys}: the items of one list start in the same column (column {column}, as on line {example}); a new list starts on the line after a key that ends with ':'</source>
      <translation>ova stavka liste („-“) stoji među ključevima iz reda {keys}: stavke jedne liste počinju u istoj koloni (u koloni {column}, kao u redu {example}); nova lista počinje u redu posle ključa koji se završava dvotačkom („:“)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="425" />
      <source>this list item ('-') is in column {at}, which lines up with no list above it: the items of one list start in the same column (column {column}, as on line {example})</source>
      <translation>ova stavka liste („-“) je u koloni {at}, koja se ne poklapa ni sa jednom listom iznad: stavke jedne liste počinju u istoj koloni (u koloni {column}, kao u redu {example})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="436" />
      <source>'{key}' stands in the column of the list items ('-') of line {items}: a key cannot stand among a list's items; write '- ' before it if it starts a new item, or move it to column {column} (as on line {example}) if it belongs with the keys there</source>
      <translation>„{key}“ stoji u koloni stavki liste („-“) iz reda {items}: ključ ne može da stoji među stavkama liste; napišite „- “ ispred njega ako počinje novu stavku ili ga premestite u kolonu {column} (kao u redu {example}) ako pripada tamošnjim ključevima</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="443" />
      <source>this line stands in the column of the list items ('-') of line {items}: a key cannot stand among a list's items; write '- ' before it if it starts a new item, or move it to column {column} (as on line {example}) if it belongs with the keys there</source>
      <translation>ovaj red stoji u koloni stavki liste („-“) iz reda {items}: ključ ne može da stoji među stavkama liste; napišite „- “ ispred njega ako počinje novu stavku ili ga premestite u kolonu {column} (kao u redu {example}) ako pripada tamošnjim ključevima</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="452" />
      <source>'{key}' is in column {at}, which lines up with no line above it: {owner} start in the same column; move it to column {column} (as on line {example})</source>
      <translation>„{key}“ je u koloni {at}, koja se ne poklapa ni sa jednim redom iznad: {owner} počinju u istoj koloni; premestite ga u kolonu {column} (kao u redu {example})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="458" />
      <source>this line is in column {at}, which lines up with no line above it: {owner} start in the same column; move it to column {column} (as on line {example})</source>
      <translation>ovaj red je u koloni {at}, koja se ne poklapa ni sa jednim redom iznad: {owner} počinju u istoj koloni; premestite ga u kolonu {column} (kao u redu {example})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="469" />
      <source>the keys of one mapping</source>
      <translation>ključevi jedne mape</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="483" />
      <source>the keys of one unit ({keys})</source>
      <translation>ključevi jedne jedinice ({keys})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="485" />
      <source>the keys of a head ({keys})</source>
      <translation>ključevi rukovodioca ({keys})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="487" />
      <source>the terms of the glossary</source>
      <translation>pojmovi rečnika</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="488" />
      <source>the keys under '{key}'</source>
      <translation>ključevi ispod „{key}“</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="491" />
      <source>the file's keys ({keys})</source>
      <translation>ključevi datoteke ({keys})</translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/model/yamlread.py" line="271" />
      <source>nesting deeper than %n levels; reading stopped</source>
      <extracomment>The libyaml parser where PyYAML was built with it; the pure-Python one otherwise. Only the parser part of either loader is used (events), never its constructor. Plain scalars that YAML 1.2 reads as "no value". Explicit tags that change nothing for a file of text, lists and mappings.</extracomment>
      <translation>
        <numerusform>ugnežđenost dublja od %n nivoa; čitanje je zaustavljeno</numerusform>
        <numerusform>ugnežđenost dublja od %n nivoa; čitanje je zaustavljeno</numerusform>
        <numerusform>ugnežđenost dublja od %n nivoa; čitanje je zaustavljeno</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlread.py" line="292" />
      <source>aliases ({alias}) are not allowed in organization files; write the value out (text that starts with '{sign}' goes in quotes)</source>
      <translation>alijasi ({alias}) nisu dozvoljeni u datotekama organizacije; napišite vrednost u celini (tekst koji počinje znakom „{sign}“ stavlja se pod navodnike)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlread.py" line="307" />
      <source>a second YAML document; an organization file holds one</source>
      <translation>drugi YAML dokument; datoteka organizacije sadrži samo jedan</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlread.py" line="346" />
      <source>an escaped surrogate ({escapes}) is not a character</source>
      <translation>surogatni kod ({escapes}) zapisan izlaznom sekvencom nije znak</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlread.py" line="350" />
      <source>a value of {length:,} characters (at most {limit:,})</source>
      <translation>vrednost je predugačka: broj znakova {length} (najviše {limit})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlread.py" line="361" />
      <source>anchors ({anchor}) are not allowed in organization files</source>
      <translation>sidra ({anchor}) nisu dozvoljena u datotekama organizacije</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlread.py" line="366" />
      <source>the tag {tag} is not allowed: an organization file holds plain text</source>
      <translation>oznaka tipa {tag} nije dozvoljena: datoteka organizacije sadrži samo običan tekst</translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/model/yamlread.py" line="369" />
      <source>the file has more than %Ln values; reading stopped</source>
      <translation>
        <numerusform>datoteka ima više od %Ln vrednosti; čitanje je zaustavljeno</numerusform>
        <numerusform>datoteka ima više od %Ln vrednosti; čitanje je zaustavljeno</numerusform>
        <numerusform>datoteka ima više od %Ln vrednosti; čitanje je zaustavljeno</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlread.py" line="384" />
      <source>duplicate key '{key}' (first at line {line}, column {column}); a key may appear once in a mapping</source>
      <translation>ključ „{key}“ se ponavlja (prvi put u redu {line}, kolona {column}); ključ se u mapi sme pojaviti samo jednom</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlread.py" line="390" />
      <source>an empty key; keys are words such as '{name}' or '{units}'</source>
      <translation>prazan ključ; ključevi su reči kao što su „{name}“ ili „{units}“</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlread.py" line="393" />
      <source>a key that is not text; keys are words such as '{name}' or '{units}'</source>
      <translation>ključ koji nije tekst; ključevi su reči kao što su „{name}“ ili „{units}“</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlread.py" line="442" />
      <source>character {character} is not allowed in YAML text</source>
      <translation>znak {character} nije dozvoljen u YAML tekstu</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlread.py" line="445" />
      <source>YAML text: {reason}</source>
      <translation>YAML tekst (PyYAML: {reason})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlread.py" line="447" />
      <source>not valid YAML: {reason}</source>
      <translation>nije ispravan YAML (PyYAML: {reason})</translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/model/writer.py" line="116" />
      <source>unit '{unit}' is {depth} levels below the top; an organization file holds units at most {deepest} levels down (the loader reads at most {nesting} levels of nesting); %Ln more units are deeper still</source>
      <translation>
        <numerusform>jedinica „{unit}“ je {depth} nivoa ispod vrha; datoteka organizacije sadrži jedinice najviše {deepest} nivoa ispod vrha (učitavanje čita najviše {nesting} nivoa ugnežđenosti); još %Ln jedinica je još dublje</numerusform>
        <numerusform>jedinica „{unit}“ je {depth} nivoa ispod vrha; datoteka organizacije sadrži jedinice najviše {deepest} nivoa ispod vrha (učitavanje čita najviše {nesting} nivoa ugnežđenosti); još %Ln jedinice su još dublje</numerusform>
        <numerusform>jedinica „{unit}“ je {depth} nivoa ispod vrha; datoteka organizacije sadrži jedinice najviše {deepest} nivoa ispod vrha (učitavanje čita najviše {nesting} nivoa ugnežđenosti); još %Ln jedinica je još dublje</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/writer.py" line="122" />
      <source>unit '{unit}' is {depth} levels below the top; an organization file holds units at most {deepest} levels down (the loader reads at most {nesting} levels of nesting)</source>
      <translation>jedinica „{unit}“ je {depth} nivoa ispod vrha; datoteka organizacije sadrži jedinice najviše {deepest} nivoa ispod vrha (učitavanje čita najviše {nesting} nivoa ugnežđenosti)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/directory.py" line="113" />
      <source>import would read the details {labels} as columns of their own, not as details: rename those details before importing this file</source>
      <extracomment>The header of the column of names in one language (``name:sr-Latn``), as ``importer`` reads it.</extracomment>
      <translation>uvoz bi podatke {labels} pročitao kao zasebne kolone, a ne kao podatke: preimenujte te podatke pre uvoza ove datoteke</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/header_row.py" line="48" />
      <source>the columns are named in row {row}; what is above it is left out (row {first_row}: '{text}'); choose another row with --header-row N, or Header row in the window's import</source>
      <extracomment>How far down a sheet the header is looked for, and how many rows below a candidate say which columns the data fills.</extracomment>
      <translation>kolone su imenovane u redu {row}; ono iznad njega je izostavljeno (red {first_row}: „{text}“); drugi red izaberite opcijom --header-row N ili poljem „Red zaglavlja“ u prozoru za uvoz</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/header_row.py" line="58" />
      <source>the header row {row} is blank; choose the row that names the columns</source>
      <translation>red zaglavlja {row} je prazan; izaberite red koji imenuje kolone</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/header_row.py" line="62" />
      <source>the header row {row} is below the sheet's last row ({last}); choose the row that names the columns</source>
      <translation>red zaglavlja {row} je ispod poslednjeg reda tabele ({last}); izaberite red koji imenuje kolone</translation>
    </message>
  </context>
  <context>
    <name>ProblemsDock</name>
    <message>
      <location filename="../../orgexplorer/ui/problems_dock.py" line="26" />
      <source>Problems</source>
      <translation>Problemi</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/problems_dock.py" line="33" />
      <source>&amp;Problems</source>
      <translation>Pro&amp;blemi</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/problems_dock.py" line="34" />
      <source>Show or hide the problems of the last file opened</source>
      <translation>Prikažite ili sakrijte probleme poslednje otvorene datoteke</translation>
    </message>
  </context>
  <context>
    <name>ProblemsPanel</name>
    <message>
      <location filename="../../orgexplorer/ui/problems_panel.py" line="119" />
      <source>Problems</source>
      <translation>Problemi</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/problems_panel.py" line="125" />
      <source>Problems in the file</source>
      <translation>Problemi u datoteci</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/problems_panel.py" line="133" />
      <source>The problem's place in the file</source>
      <translation>Mesto problema u datoteci</translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/ui/problems_panel.py" line="163" />
      <source>&lt;b&gt;{path}&lt;/b&gt; is open, with %Ln warnings.</source>
      <translation>
        <numerusform>&lt;b&gt;{path}&lt;/b&gt; je otvorena, uz %Ln upozorenje.</numerusform>
        <numerusform>&lt;b&gt;{path}&lt;/b&gt; je otvorena, uz %Ln upozorenja.</numerusform>
        <numerusform>&lt;b&gt;{path}&lt;/b&gt; je otvorena, uz %Ln upozorenja.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/ui/problems_panel.py" line="165" />
      <source>&lt;b&gt;{path}&lt;/b&gt; could not be opened: %Ln errors.</source>
      <translation>
        <numerusform>&lt;b&gt;{path}&lt;/b&gt; nije otvorena: %Ln greška.</numerusform>
        <numerusform>&lt;b&gt;{path}&lt;/b&gt; nije otvorena: %Ln greške.</numerusform>
        <numerusform>&lt;b&gt;{path}&lt;/b&gt; nije otvorena: %Ln grešaka.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/problems_panel.py" line="167" />
      <source>{organization} stays open.</source>
      <translation>{organization} ostaje otvorena.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/problems_panel.py" line="193" />
      <source>Binary content (not text): not shown.</source>
      <translation>Binarni sadržaj (nije tekst): ne prikazuje se.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/problems_panel.py" line="196" />
      <source>An .xlsx workbook is a zip archive of parts; the place given is the sheet's row and column.</source>
      <translation>Radna sveska .xlsx je zip arhiva delova; navedeno mesto je red i kolona lista.</translation>
    </message>
  </context>
  <context>
    <name>QAbstractSpinBox</name>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="124" />
      <source>&amp;Select All</source>
      <translation>&amp;Izaberi sve</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="125" />
      <source>&amp;Step up</source>
      <translation>&amp;Korak gore</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="126" />
      <source>Step &amp;down</source>
      <translation>Korak &amp;dole</translation>
    </message>
  </context>
  <context>
    <name>QDialogButtonBox</name>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="31" />
      <source>OK</source>
      <translation>U redu</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="35" />
      <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
      <translation>%1
Fascikla nije pronađena.
Proverite da li je naziv fascikle ispravan.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="41" />
      <source>%1
File not found.
Please verify the correct file name was given.</source>
      <translation>%1
Datoteka nije pronađena.
Proverite da li je naziv datoteke ispravan.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="43" />
      <source>%1 already exists.
Do you want to replace it?</source>
      <translation>%1 već postoji.
Želite li da je zamenite?</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="44" />
      <source>&amp;Choose</source>
      <translation>&amp;Izaberi</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="45" />
      <source>&amp;Delete</source>
      <translation>&amp;Obriši</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="46" />
      <source>&amp;New Folder</source>
      <translation>&amp;Nova fascikla</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="47" />
      <source>&amp;Open</source>
      <translation>&amp;Otvori</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="48" />
      <source>&amp;Rename</source>
      <translation>&amp;Preimenuj</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="49" />
      <source>&amp;Save</source>
      <translation>&amp;Sačuvaj</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="50" />
      <source>'%1' is write protected.
Do you want to delete it anyway?</source>
      <translation>„%1“ je zaštićena od upisa.
Želite li ipak da je obrišete?</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="51" />
      <source>Alias</source>
      <translation>Alijas</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="52" />
      <source>All Files (*)</source>
      <translation>Sve datoteke (*)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="53" />
      <source>All files (*)</source>
      <translation>Sve datoteke (*)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="54" />
      <source>Are you sure you want to delete '%1'?</source>
      <translation>Želite li zaista da obrišete „%1“?</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="55" />
      <source>Back</source>
      <translation>Nazad</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="56" />
      <source>Change to detail view mode</source>
      <translation>Prikaz sa pojedinostima</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="57" />
      <source>Change to list view mode</source>
      <translation>Prikaz u listi</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="58" />
      <source>Could not delete directory.</source>
      <translation>Fascikla nije mogla da se obriše.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="59" />
      <source>Create New Folder</source>
      <translation>Napravi novu fasciklu</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="60" />
      <source>Create a New Folder</source>
      <translation>Napravi novu fasciklu</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="61" />
      <source>Delete</source>
      <translation>Obriši</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="62" />
      <source>Detail View</source>
      <translation>Pojedinosti</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="63" />
      <source>Directories</source>
      <translation>Fascikle</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="64" />
      <source>Directory:</source>
      <translation>Fascikla:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="65" />
      <source>Drive</source>
      <translation>Disk</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="66" />
      <source>File</source>
      <translation>Datoteka</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="67" />
      <source>File &amp;name:</source>
      <translation>&amp;Naziv datoteke:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="69" />
      <source>Files of &amp;type:</source>
      <translation>&amp;Vrsta datoteka:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="78" />
      <source>&amp;Look in:</source>
      <translation>&amp;Traži u:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="68" />
      <source>Files</source>
      <translation>Datoteke</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="70" />
      <source>Find Directory</source>
      <translation>Pronađi fasciklu</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="71" />
      <source>Folder</source>
      <translation>Fascikla</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="72" />
      <source>Forward</source>
      <translation>Napred</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="73" />
      <source>Go back</source>
      <translation>Idi nazad</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="74" />
      <source>Go forward</source>
      <translation>Idi napred</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="75" />
      <source>Go to the parent directory</source>
      <translation>Idi u nadređenu fasciklu</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="76" />
      <source>List View</source>
      <translation>Lista</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="77" />
      <source>List of places and bookmarks</source>
      <translation>Mesta i obeleživači</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="79" />
      <source>New Folder</source>
      <translation>Nova fascikla</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="80" />
      <source>Open</source>
      <translation>Otvori</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="81" />
      <source>Parent Directory</source>
      <translation>Nadređena fascikla</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="82" />
      <source>Recent Places</source>
      <translation>Nedavna mesta</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="83" />
      <source>Remove</source>
      <translation>Ukloni</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="84" />
      <source>Save As</source>
      <translation>Sačuvaj kao</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="85" />
      <source>Shortcut</source>
      <translation>Prečica</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="86" />
      <source>Show </source>
      <translation>Prikaži </translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="87" />
      <source>Show &amp;hidden files</source>
      <translation>Prikaži &amp;skrivene datoteke</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="88" />
      <source>Sidebar</source>
      <translation>Bočna traka</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="89" />
      <source>Unknown</source>
      <translation>Nepoznato</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="90" />
      <source>Computer</source>
      <translation>Računar</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="91" />
      <source>Date Modified</source>
      <translation>Izmenjeno</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="92" />
      <source>Kind</source>
      <translation>Vrsta</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="93" />
      <source>Name</source>
      <translation>Naziv</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="94" />
      <source>Size</source>
      <translation>Veličina</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="95" />
      <source>Type</source>
      <translation>Tip</translation>
    </message>
  </context>
  <context>
    <name>QInputDialog</name>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="127" />
      <source>Enter a value:</source>
      <translation>Unesite vrednost:</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="96" />
      <source>&amp;Copy</source>
      <translation>&amp;Kopiraj</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="97" />
      <source>&amp;Paste</source>
      <translation>&amp;Nalepi</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="98" />
      <source>&amp;Redo</source>
      <translation>&amp;Ponovi</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="99" />
      <source>&amp;Undo</source>
      <translation>&amp;Opozovi</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="100" />
      <source>Cu&amp;t</source>
      <translation>&amp;Iseci</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="101" />
      <source>Delete</source>
      <translation>Obriši</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="102" />
      <source>Select All</source>
      <translation>Izaberi sve</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="29" />
      <source>Hide Details...</source>
      <translation>Sakrij pojedinosti…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="30" />
      <source>Show Details...</source>
      <translation>Prikaži pojedinosti…</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="11" />
      <source>&amp;No</source>
      <translation>&amp;Ne</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="12" />
      <source>&amp;Yes</source>
      <translation>&amp;Da</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="13" />
      <source>Abort</source>
      <translation>Prekini</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="14" />
      <source>Apply</source>
      <translation>Primeni</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="15" />
      <source>Cancel</source>
      <translation>Otkaži</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="16" />
      <source>Close</source>
      <translation>Zatvori</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="17" />
      <source>Discard</source>
      <translation>Odbaci</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="18" />
      <source>Help</source>
      <translation>Pomoć</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="19" />
      <source>Ignore</source>
      <translation>Zanemari</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="20" />
      <source>N&amp;o to All</source>
      <translation>N&amp;e za sve</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="21" />
      <source>OK</source>
      <translation>U redu</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="22" />
      <source>Open</source>
      <translation>Otvori</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="23" />
      <source>Reset</source>
      <translation>Poništi</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="24" />
      <source>Restore Defaults</source>
      <translation>Vrati podrazumevano</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="25" />
      <source>Retry</source>
      <translation>Pokušaj ponovo</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="26" />
      <source>Save</source>
      <translation>Sačuvaj</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="27" />
      <source>Save All</source>
      <translation>Sačuvaj sve</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="28" />
      <source>Yes to &amp;All</source>
      <translation>Da za &amp;sve</translation>
    </message>
  </context>
  <context>
    <name>QProgressDialog</name>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="32" />
      <source>Cancel</source>
      <translation>Otkaži</translation>
    </message>
  </context>
  <context>
    <name>QScrollBar</name>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="111" />
      <source>Bottom</source>
      <translation>Dno</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="112" />
      <source>Left edge</source>
      <translation>Leva ivica</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="113" />
      <source>Page down</source>
      <translation>Strana nadole</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="114" />
      <source>Page left</source>
      <translation>Strana nalevo</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="115" />
      <source>Page right</source>
      <translation>Strana nadesno</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="116" />
      <source>Page up</source>
      <translation>Strana nagore</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="117" />
      <source>Right edge</source>
      <translation>Desna ivica</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="118" />
      <source>Scroll down</source>
      <translation>Pomeri nadole</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="119" />
      <source>Scroll here</source>
      <translation>Pomeri ovde</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="120" />
      <source>Scroll left</source>
      <translation>Pomeri nalevo</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="121" />
      <source>Scroll right</source>
      <translation>Pomeri nadesno</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="122" />
      <source>Scroll up</source>
      <translation>Pomeri nagore</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="123" />
      <source>Top</source>
      <translation>Vrh</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="103" />
      <source>&amp;Copy</source>
      <translation>&amp;Kopiraj</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="104" />
      <source>&amp;Paste</source>
      <translation>&amp;Nalepi</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="105" />
      <source>&amp;Redo</source>
      <translation>&amp;Ponovi</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="106" />
      <source>&amp;Undo</source>
      <translation>&amp;Opozovi</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="107" />
      <source>Copy &amp;Link Location</source>
      <translation>Kopiraj &amp;adresu veze</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="108" />
      <source>Cu&amp;t</source>
      <translation>&amp;Iseci</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="109" />
      <source>Delete</source>
      <translation>Obriši</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="110" />
      <source>Select All</source>
      <translation>Izaberi sve</translation>
    </message>
  </context>
  <context>
    <name>RecentFiles</name>
    <message>
      <location filename="../../orgexplorer/ui/recent_files.py" line="24" />
      <source>Open &amp;Recent</source>
      <translation>&amp;Nedavno otvarano</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/recent_files.py" line="56" />
      <source>&amp;Clear list</source>
      <translation>&amp;Obriši spisak</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/recent_files.py" line="57" />
      <source>Forget the files opened recently</source>
      <translation>Zaboravite nedavno otvarane datoteke</translation>
    </message>
  </context>
  <context>
    <name>SearchController</name>
    <message>
      <location filename="../../orgexplorer/ui/search_controller.py" line="88" />
      <source>Search units</source>
      <translation>Pretraga jedinica</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_controller.py" line="91" />
      <source>Find units by name, head or function; Up and Down move through the results, {enter} selects</source>
      <translation>Pronađite jedinice po nazivu, rukovodiocu ili nadležnosti; strelice gore i dole kreću se kroz rezultate, {enter} bira</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_controller.py" line="96" />
      <source>Find a unit by name or function, e.g. arms control ({shortcut})</source>
      <translation>Naziv ili nadležnost, npr. kontrola naoružanja ({shortcut})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_controller.py" line="97" />
      <source>Find a unit by name or function, e.g. arms control</source>
      <translation>Naziv ili nadležnost, npr. kontrola naoružanja</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_controller.py" line="98" />
      <source>Find a unit by name or function</source>
      <translation>Naziv ili nadležnost jedinice</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_controller.py" line="109" />
      <location filename="../../orgexplorer/ui/search_controller.py" line="111" />
      <source>Filter tree</source>
      <translation>Filtriraj stablo</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_controller.py" line="112" />
      <source>Show only the matching units and the units above them</source>
      <translation>Prikaži samo pronađene jedinice i jedinice iznad njih</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_controller.py" line="120" />
      <source>Number of units found</source>
      <translation>Broj pronađenih jedinica</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_controller.py" line="236" />
      <source>No unit matches.</source>
      <translation>Nijedna jedinica ne odgovara.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/ui/search_controller.py" line="237" />
      <source>%Ln units found</source>
      <translation>
        <numerusform>Pronađena je %Ln jedinica</numerusform>
        <numerusform>Pronađene su %Ln jedinice</numerusform>
        <numerusform>Pronađeno je %Ln jedinica</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/ui/search_controller.py" line="239" />
      <source>(the best %Ln listed)</source>
      <translation>
        <numerusform>(navedena je najbolja %Ln)</numerusform>
        <numerusform>(navedene su najbolje %Ln)</numerusform>
        <numerusform>(navedeno je najboljih %Ln)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_controller.py" line="241" />
      <source>No unit matches every word; these match some of them: {found}</source>
      <translation>Nijedna jedinica ne odgovara svim rečima; prikazane su one koje odgovaraju nekima. {found}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_controller.py" line="243" />
      <source>No unit has these words; nearest by meaning: {found}</source>
      <translation>Nijedna jedinica nema ove reči; prikazane su najbliže po značenju. {found}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_controller.py" line="247" />
      <source>Showing results for &lt;b&gt;{query}&lt;/b&gt;: {found}</source>
      <translation>Prikazani su rezultati za &lt;b&gt;{query}&lt;/b&gt;. {found}</translation>
    </message>
  </context>
  <context>
    <name>SearchResults</name>
    <message>
      <location filename="../../orgexplorer/ui/search_results.py" line="36" />
      <source>name</source>
      <translation>naziv</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_results.py" line="37" />
      <source>head</source>
      <translation>rukovodilac</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_results.py" line="38" />
      <source>responsibility</source>
      <translation>nadležnost</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_results.py" line="39" />
      <source>kind</source>
      <translation>vrsta</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_results.py" line="40" />
      <source>description</source>
      <translation>opis</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_results.py" line="41" />
      <source>abbreviation</source>
      <translation>skraćenica</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_results.py" line="42" />
      <source>detail</source>
      <translation>podatak</translation>
    </message>
  </context>
  <context>
    <name>SearchResultsModel</name>
    <message>
      <location filename="../../orgexplorer/ui/search_results.py" line="82" />
      <source>{unit}{head}: by meaning, {field} {text}</source>
      <translation>{unit}{head}: po značenju, {field} {text}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_results.py" line="95" />
      <source>by meaning, {field}:</source>
      <translation>po značenju, {field}:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_results.py" line="103" />
      <source>Found by meaning; its {field} nearest to the search: {text}</source>
      <translation>Pronađeno po značenju; polje „{field}“ najbliže pretrazi: {text}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_results.py" line="107" />
      <source>Matched in its {field}: {text}</source>
      <translation>Pogodak u polju „{field}“: {text}</translation>
    </message>
  </context>
  <context>
    <name>SearchResultsView</name>
    <message>
      <location filename="../../orgexplorer/ui/search_results.py" line="161" />
      <source>Search results</source>
      <translation>Rezultati pretrage</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_results.py" line="162" />
      <source>Units matching the search, best first</source>
      <translation>Jedinice koje odgovaraju pretrazi, najbolje prve</translation>
    </message>
  </context>
  <context>
    <name>TaskProgress</name>
    <message>
      <location filename="../../orgexplorer/ui/task_progress.py" line="30" />
      <source>Cancel</source>
      <translation>Otkaži</translation>
    </message>
  </context>
  <context>
    <name>UnitKind</name>
    <message>
      <location filename="../../orgexplorer/ui/kinds.py" line="12" />
      <source>ministry</source>
      <translation>ministarstvo</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/kinds.py" line="13" />
      <source>sector</source>
      <translation>sektor</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/kinds.py" line="14" />
      <source>department</source>
      <translation>odeljenje</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/kinds.py" line="15" />
      <source>division</source>
      <translation>divizija</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/kinds.py" line="16" />
      <source>section</source>
      <translation>odsek</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/kinds.py" line="17" />
      <source>office</source>
      <translation>kancelarija</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/kinds.py" line="18" />
      <source>mission</source>
      <translation>misija</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/kinds.py" line="19" />
      <location filename="../../orgexplorer/ui/kinds.py" line="20" />
      <source>centre</source>
      <translation>centar</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/kinds.py" line="21" />
      <source>group</source>
      <translation>grupa</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/kinds.py" line="22" />
      <source>unit</source>
      <translation>jedinica</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/kinds.py" line="23" />
      <source>service</source>
      <translation>služba</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/kinds.py" line="24" />
      <source>directorate</source>
      <translation>direkcija</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/kinds.py" line="25" />
      <source>administration</source>
      <translation>uprava</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/kinds.py" line="26" />
      <source>agency</source>
      <translation>agencija</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/kinds.py" line="27" />
      <source>command</source>
      <translation>komanda</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/kinds.py" line="28" />
      <source>inspectorate</source>
      <translation>inspektorat</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/kinds.py" line="29" />
      <source>secretariat</source>
      <translation>sekretarijat</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/kinds.py" line="30" />
      <source>cabinet</source>
      <translation>kabinet</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/kinds.py" line="31" />
      <source>institute</source>
      <translation>institut</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/kinds.py" line="32" />
      <source>council</source>
      <translation>savet</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/kinds.py" line="33" />
      <source>committee</source>
      <translation>odbor</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/kinds.py" line="34" />
      <source>team</source>
      <translation>tim</translation>
    </message>
  </context>
  <context>
    <name>UnitTree</name>
    <message>
      <location filename="../../orgexplorer/ui/unit_tree.py" line="24" />
      <source>Units</source>
      <extracomment>Up to this many units a tree (or a filtered tree's matches) opens fully expanded; beyond it, only the first levels: expanding 100,000 rows costs seconds.</extracomment>
      <translation>Jedinice</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/unit_tree.py" line="25" />
      <source>The organization's units as a tree</source>
      <translation>Jedinice organizacije kao stablo</translation>
    </message>
  </context>
  <context>
    <name>UnitTreeModel</name>
    <message>
      <location filename="../../orgexplorer/ui/tree_model.py" line="44" />
      <source>Top-level unit</source>
      <translation>Jedinica najvišeg nivoa</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/tree_model.py" line="47" />
      <source>Attached to the {head} (not part of {unit})</source>
      <translation>Pridružena uz: {head} (nije deo jedinice {unit})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/tree_model.py" line="50" />
      <source>Attached to the head of {unit} (not part of it)</source>
      <translation>Pridružena uz rukovodioca jedinice {unit} (nije njen deo)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/tree_model.py" line="53" />
      <source>Part of {unit}</source>
      <translation>Deo jedinice {unit}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/tree_model.py" line="262" />
      <source>Unit</source>
      <translation>Jedinica</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/tree_model.py" line="262" />
      <source>Head</source>
      <translation>Rukovodilac</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/tree_model.py" line="281" />
      <source>Head: {head}</source>
      <translation>Rukovodilac: {head}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/tree_model.py" line="283" />
      <source>Changes: {marks}</source>
      <translation>Promene: {marks}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/tree_model.py" line="309" />
      <source>, attached unit</source>
      <translation>, pridružena jedinica</translation>
    </message>
  </context>
</TS>