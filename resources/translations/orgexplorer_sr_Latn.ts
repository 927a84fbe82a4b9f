<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sr-Latn">
  <context>
    <name>Book</name>
    <message>
      <location filename="../../orgexplorer/chart/book_output.py" line="34" />
      <source>continued on page {page}</source>
      <translation>nastavak na strani {page}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/book_output.py" line="35" />
      <source>from page {page}</source>
      <translation>sa strane {page}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/book_output.py" line="36" />
      <source>continued from page {page}</source>
      <translation>nastavak sa strane {page}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/book_output.py" line="86" />
      <source>Contents</source>
      <translation>Sadržaj</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/book_output.py" line="88" />
      <source>Index</source>
      <translation>Indeks</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/book_output.py" line="167" />
      <source>chart book</source>
      <translation>knjiga šema</translation>
    </message>
  </context>
  <context>
    <name>BookPreview</name>
    <message>
      <location filename="../../orgexplorer/ui/book_preview.py" line="81" />
      <source>Preview of a page of the book</source>
      <translation>Pregled strane knjige</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/book_preview.py" line="83" />
      <source>&amp;Previous page</source>
      <translation>&amp;Prethodna strana</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/book_preview.py" line="84" />
      <source>&amp;Next page</source>
      <translation>&amp;Sledeća strana</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/book_preview.py" line="85" />
      <source>P&amp;rint…</source>
      <translation>Šta&amp;mpaj…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/book_preview.py" line="139" />
      <source>Making the book of {count} units… {percent}%</source>
      <translation>Pravi se knjiga od {count} jedinica… {percent}%</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/book_preview.py" line="161" />
      <source>{units} units on {pages} pages ({charts} of charts), names at {size} pt.</source>
      <translation>{units} jedinica na {pages} strana (šeme na {charts}), nazivi veličine {size} pt.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/book_preview.py" line="178" />
      <source>Page {page} of {pages}</source>
      <translation>Strana {page} od {pages}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/book_preview.py" line="201" />
      <source>{title}: chart book</source>
      <translation>{title}: knjiga šema</translation>
    </message>
  </context>
  <context>
    <name>Changes</name>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="33" />
      <source>Added</source>
      <translation>Dodato</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="34" />
      <source>Removed</source>
      <translation>Uklonjeno</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="35" />
      <source>Moved</source>
      <translation>Premešteno</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="36" />
      <source>Renamed</source>
      <translation>Preimenovano</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="37" />
      <source>Id changed</source>
      <translation>Promenjen id</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="38" />
      <source>Kind changed</source>
      <translation>Promenjena vrsta</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="39" />
      <source>Head changed</source>
      <translation>Promenjen rukovodilac</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="40" />
      <source>Description changed</source>
      <translation>Izmenjen opis</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="41" />
      <source>Responsibility added</source>
      <translation>Dodata nadležnost</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="42" />
      <source>Responsibility removed</source>
      <translation>Uklonjena nadležnost</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="43" />
      <source>Responsibility reworded</source>
      <translation>Preformulisana nadležnost</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="44" />
      <source>Responsibility moved here</source>
      <translation>Nadležnost premeštena ovamo</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="45" />
      <source>Cross-reference added</source>
      <translation>Dodata unakrsna veza</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="46" />
      <source>Cross-reference removed</source>
      <translation>Uklonjena unakrsna veza</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="55" />
      <source>id changed: matched by name and place</source>
      <translation>promenjen id: prepoznata po nazivu i mestu</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="56" />
      <source>id changed: matched by place and responsibilities</source>
      <translation>promenjen id: prepoznata po mestu i nadležnostima</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="57" />
      <source>id changed: matched by name</source>
      <translation>promenjen id: prepoznata po nazivu</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="81" />
      <source>new unit: {name}</source>
      <translation>nova jedinica: {name}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="90" />
      <source>from {unit}</source>
      <translation>iz jedinice {unit}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="107" />
      <source>Changes from {old} to {new}</source>
      <translation>Promene od {old} do {new}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="111" />
      <source>No changes.</source>
      <translation>Nema promena.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="116" />
      <source>struck through</source>
      <translation>precrtane</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="117" />
      <source>underlined</source>
      <translation>podvučene</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="118" />
      <source>Words taken out are {removed}; words put in are {added}.</source>
      <translation>Izbačene reči su {removed}; dodate reči su {added}.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="178" />
      <source>{title}: change report, page {page} of {pages}</source>
      <translation>{title}: izveštaj o promenama, strana {page} od {pages}</translation>
    </message>
  </context>
  <context>
    <name>ChangesModel</name>
    <message>
      <location filename="../../orgexplorer/ui/changes_panel.py" line="88" />
      <source>Change</source>
      <translation>Promena</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/changes_panel.py" line="90" />
      <source>Unit</source>
      <translation>Jedinica</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/changes_panel.py" line="92" />
      <source>Before → after</source>
      <translation>Pre → posle</translation>
    </message>
  </context>
  <context>
    <name>ChangesPanel</name>
    <message>
      <location filename="../../orgexplorer/ui/changes_panel.py" line="146" />
      <source>Changes</source>
      <translation>Promene</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/changes_panel.py" line="147" />
      <source>Every change in tree order; Up and Down walk them</source>
      <translation>Sve promene redom stabla; strelice gore i dole prolaze kroz njih</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/changes_panel.py" line="157" />
      <source>&amp;Swap versions</source>
      <translation>&amp;Zameni verzije</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/changes_panel.py" line="158" />
      <source>Take the other file as the older version</source>
      <translation>Uzmi drugu datoteku kao stariju verziju</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/changes_panel.py" line="160" />
      <source>E&amp;xport changes…</source>
      <translation>I&amp;zvezi promene…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/changes_panel.py" line="161" />
      <source>The chart with the changes marked, and the change report, as PDF</source>
      <translation>Šema sa označenim promenama i izveštaj o promenama, kao PDF</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/changes_panel.py" line="163" />
      <source>&amp;Leave compare mode</source>
      <translation>&amp;Napusti poređenje</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/changes_panel.py" line="166" />
      <source>Back to the newer version alone ({key})</source>
      <translation>Nazad samo na noviju verziju ({key})</translation>
    </message>
  </context>
  <context>
    <name>Chart</name>
    <message>
      <location filename="../../orgexplorer/chart/sheet.py" line="111" />
      <source>part of the unit above (subunit)</source>
      <translation>deo jedinice iznad (unutrašnja jedinica)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/sheet.py" line="112" />
      <source>attached to the head of the unit above, not part of it (dashed box)</source>
      <translation>pridružena rukovodiocu jedinice iznad, nije njen deo (isprekidano polje)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/sheet.py" line="181" />
      <source>Source: {source}</source>
      <translation>Izvor: {source}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/book_output.py" line="78" />
      <location filename="../../orgexplorer/chart/pages.py" line="100" />
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
      <location filename="../../orgexplorer/chart/export.py" line="54" />
      <source>organizational chart</source>
      <extracomment>The shape of a page of running text, such as the unit directory (taller than wide).</extracomment>
      <translation>organizaciona šema</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/export.py" line="69" />
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
  </context>
  <context>
    <name>ChartController</name>
    <message>
      <location filename="../../orgexplorer/ui/chart_controller.py" line="71" />
      <source>Laying out the chart of {count} units…</source>
      <translation>Raspoređuje se šema od {count} jedinica…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/chart_controller.py" line="84" />
      <source>The chart could not be laid out: {reason}</source>
      <translation>Šema nije mogla da se rasporedi: {reason}</translation>
    </message>
  </context>
  <context>
    <name>ChartView</name>
    <message>
      <location filename="../../orgexplorer/ui/chart_view.py" line="111" />
      <source>Organization chart</source>
      <extracomment>Charts with more boxes than this are shown zoomed out as a picture drawn on a worker thread: painting 100,000 boxes on the GUI thread each time the view changes would freeze it for a second.</extracomment>
      <translation>Organizaciona šema</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/chart_view.py" line="112" />
      <source>The chart of the units; click a box to select its unit</source>
      <translation>Šema jedinica; klik na polje bira njegovu jedinicu</translation>
    </message>
  </context>
  <context>
    <name>CompareController</name>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="111" />
      <source>Changes</source>
      <translation>Promene</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="123" />
      <source>Co&amp;mpare With…</source>
      <translation>Upo&amp;redi sa…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="125" />
      <source>Compare the open organization with an older version of it (drop a file with {key}, too)</source>
      <translation>Uporedi otvorenu organizaciju sa njenom starijom verzijom (i prevlačenjem datoteke uz {key})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="129" />
      <source>&amp;Leave compare mode</source>
      <translation>&amp;Napusti poređenje</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="130" />
      <source>Show the newer version alone again</source>
      <translation>Ponovo prikaži samo noviju verziju</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="140" />
      <source>Show or hide the list of changes of compare mode</source>
      <translation>Prikaži ili sakrij spisak promena pri poređenju</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="169" />
      <location filename="../../orgexplorer/ui/compare_controller.py" line="175" />
      <source>Comparing with {name}…</source>
      <translation>Poređenje sa {name}…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="179" />
      <source>{name} could not be compared: {reason}</source>
      <translation>{name} nije mogla da se uporedi: {reason}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="189" />
      <source>Comparing with {name}… {percent}%</source>
      <translation>Poređenje sa {name}… {percent}%</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="200" />
      <source>{name} was not compared: see Problems</source>
      <translation>{name} nije upoređena: vidi Probleme</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="229" />
      <source>Changes from {older} to {newer}: {count}</source>
      <translation>Promene od {older} do {newer}: {count}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="233" />
      <source>No changes from {older} to {newer}.</source>
      <translation>Nema promena od {older} do {newer}.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="241" />
      <source>{title} – changes since {older} – OrgExplorer</source>
      <translation>{title} – promene od {older} – OrgExplorer</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="257" />
      <source>Leaving compare mode…</source>
      <translation>Napuštanje poređenja…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="333" />
      <source>Compare with an older version</source>
      <translation>Poređenje sa starijom verzijom</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="358" />
      <source>Responsibility moved away</source>
      <translation>Nadležnost premeštena drugoj jedinici</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="359" />
      <source>to {unit}</source>
      <translation>u jedinicu {unit}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="364" />
      <source>Changes since {older}</source>
      <translation>Promene od verzije {older}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="379" />
      <source>Export changes</source>
      <translation>Izvoz promena</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="379" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
  </context>
  <context>
    <name>DetailPane</name>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="19" />
      <source>not stated</source>
      <translation>nije navedeno</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="77" />
      <source>Attached unit: organizationally and functionally related to {head}, not one of its subunits.</source>
      <translation>Pridružena jedinica: organizaciono i funkcionalno vezana za: {head}, ali nije njena unutrašnja jedinica.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="84" />
      <source>Kind</source>
      <translation>Vrsta</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="87" />
      <source>Head</source>
      <translation>Rukovodilac</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="95" />
      <source>Description</source>
      <translation>Opis</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="101" />
      <source>Responsibilities</source>
      <translation>Nadležnosti</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="109" />
      <source>Details</source>
      <translation>Podaci</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="117" />
      <source>Related units</source>
      <translation>Povezane jedinice</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="127" />
      <source>none</source>
      <translation>nema</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="139" />
      <source>{post}, head of {unit}</source>
      <translation>{post}, rukovodilac jedinice {unit}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="141" />
      <source>the head of {unit}</source>
      <translation>rukovodilac jedinice {unit}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="152" />
      <source>Part of</source>
      <translation>Deo jedinice</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="156" />
      <source>Subunits</source>
      <translation>Unutrašnje jedinice</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="158" />
      <source>Attached units</source>
      <translation>Pridružene jedinice</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="160" />
      <source>Related</source>
      <translation>Povezane jedinice</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="162" />
      <source>Referred to by</source>
      <translation>Upućuju na nju</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="154" />
      <source>Attached to</source>
      <translation>Pridružena uz</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="192" />
      <source>Unit details</source>
      <translation>Podaci o jedinici</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="193" />
      <source>Name, kind, head, description, responsibilities and related units</source>
      <translation>Naziv, vrsta, rukovodilac, opis, nadležnosti i povezane jedinice</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="213" />
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
      <location filename="../../orgexplorer/ui/export_controller.py" line="68" />
      <source>Stop exporting; nothing is written</source>
      <extracomment>What to run: given a progress callback, write the file and say how it went.</extracomment>
      <translation>Prekini izvoz; ništa se ne upisuje</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_controller.py" line="68" />
      <source>Export progress</source>
      <translation>Tok izvoza</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_controller.py" line="88" />
      <source>Exporting {name}…</source>
      <translation>Izvozi se {name}…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_controller.py" line="119" />
      <source>Exporting {name} was cancelled; nothing was written</source>
      <translation>Izvoz datoteke {name} je prekinut; ništa nije upisano</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_controller.py" line="121" />
      <source>Export failed</source>
      <translation>Izvoz nije uspeo</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_controller.py" line="123" />
      <source>Exported {name}</source>
      <translation>Izvezeno: {name}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_controller.py" line="126" />
      <source>Exported with warnings</source>
      <translation>Izvezeno uz upozorenja</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_controller.py" line="171" />
      <source>Laying out the chart for printing…</source>
      <translation>Raspoređivanje šeme za štampu…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_controller.py" line="188" />
      <source>Printing failed</source>
      <translation>Štampanje nije uspelo</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="57" />
      <source>PDF chart (vector, printable)</source>
      <translation>PDF šema (vektorska, za štampu)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="58" />
      <source>SVG chart (vector)</source>
      <translation>SVG šema (vektorska)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="59" />
      <source>PNG image</source>
      <translation>PNG slika</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="60" />
      <source>Unit directory (PDF)</source>
      <translation>Imenik jedinica (PDF)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="61" />
      <source>Unit directory (HTML)</source>
      <translation>Imenik jedinica (HTML)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="62" />
      <source>Units for spreadsheets (CSV)</source>
      <translation>Jedinice za tabele (CSV)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="82" />
      <source>Export chart</source>
      <translation>Izvoz šeme</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="95" />
      <source>Names</source>
      <translation>Nazivi</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="95" />
      <source>Names and heads</source>
      <translation>Nazivi i rukovodioci</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="95" />
      <source>Names, heads and responsibilities</source>
      <translation>Nazivi, rukovodioci i nadležnosti</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="99" />
      <source>Top down</source>
      <translation>Odozgo nadole</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="99" />
      <source>Left to right</source>
      <translation>Sleva nadesno</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="100" />
      <source>List leaf subunits in a column</source>
      <translation>Krajnje jedinice u koloni</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="102" />
      <source>The whole organization</source>
      <translation>Cela organizacija</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="104" />
      <source>{unit} and the units below it</source>
      <translation>{unit} i jedinice ispod nje</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="107" />
      <source>All levels</source>
      <translation>Svi nivoi</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="112" />
      <source>Automatic</source>
      <translation>Automatski</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="112" />
      <source>Landscape</source>
      <translation>Položeno</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="112" />
      <source>Portrait</source>
      <translation>Uspravno</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="115" />
      <source>Fit to one page</source>
      <translation>Na jednu stranu</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="115" />
      <source>Poster: tile across pages</source>
      <translation>Plakat: na više strana</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="115" />
      <source>Book: each branch legible</source>
      <translation>Knjiga: svaka grana čitljiva</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="121" />
      <source> × (1.0: 9 pt names)</source>
      <translation> × (1,0: nazivi od 9 pt)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="124" />
      <source>&amp;Format:</source>
      <translation>&amp;Format:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="125" />
      <source>&amp;Boxes show:</source>
      <translation>&amp;Polja prikazuju:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="126" />
      <source>&amp;Direction:</source>
      <translation>&amp;Smer:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="128" />
      <source>&amp;Units:</source>
      <translation>&amp;Jedinice:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="129" />
      <source>&amp;Levels:</source>
      <translation>&amp;Nivoi:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="130" />
      <source>&amp;Paper:</source>
      <translation>Pa&amp;pir:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="131" />
      <source>&amp;Orientation:</source>
      <translation>&amp;Orijentacija:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="132" />
      <source>Pa&amp;ges:</source>
      <translation>S&amp;trane:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="134" />
      <source>Chart &amp;scale:</source>
      <translation>&amp;Razmera šeme:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="140" />
      <source>Preview of the first page</source>
      <translation>Pregled prve strane</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="159" />
      <source>&amp;Export…</source>
      <translation>&amp;Izvezi…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="237" />
      <source>The unit directory: every unit with its head, responsibilities and relations.</source>
      <translation>Imenik jedinica: svaka jedinica sa rukovodiocem, nadležnostima i vezama.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="245" />
      <source>Drawing the preview of {count} units…</source>
      <translation>Crta se pregled {count} jedinica…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="264" />
      <source>How large the chart is drawn, tiled across as many pages as it needs.</source>
      <translation>Koliko je šema velika; deli se na onoliko strana koliko joj treba.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="266" />
      <source>How large each branch's chart is drawn on the book's pages (never under 7 pt text).</source>
      <translation>Koliko je velika šema svake grane na stranama knjige (tekst nikad manji od 7 pt).</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="267" />
      <source>Fit to one page scales the chart to the page.</source>
      <translation>Na jednoj strani šema se uvećava ili smanjuje prema strani.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="291" />
      <source>{count} units</source>
      <translation>jedinica: {count}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="293" />
      <source>1 page</source>
      <translation>1 strana</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="293" />
      <source>{count} pages</source>
      <translation>strana: {count}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="296" />
      <source>names at {size} pt</source>
      <translation>nazivi od {size} pt</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="300" />
      <source>Warning: {warning}.</source>
      <translation>Upozorenje: {warning}.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="358" />
      <source>Export</source>
      <translation>Izvoz</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="366" />
      <source>Export failed</source>
      <translation>Izvoz nije uspeo</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="369" />
      <source>Exported with warnings</source>
      <translation>Izvezeno uz upozorenja</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="49" />
      <source>Id</source>
      <extracomment>What the dialog calls each of the importer's roles (``importer.ROLES`` says which roles there are; a role without words here is shown by its ``--map`` name).</extracomment>
      <translation>Id</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="50" />
      <source>Parent's id</source>
      <translation>Id nadređene jedinice</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="51" />
      <source>Reports to (parent's name)</source>
      <translation>Odgovara (naziv nadređene)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="52" />
      <source>Unit name</source>
      <translation>Naziv jedinice</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="53" />
      <source>Head (post)</source>
      <translation>Rukovodilac (funkcija)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="54" />
      <source>Head's name</source>
      <translation>Ime rukovodioca</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="55" />
      <source>Kind</source>
      <translation>Vrsta</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="56" />
      <source>Description</source>
      <translation>Opis</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="57" />
      <source>Responsibilities</source>
      <translation>Nadležnosti</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="58" />
      <source>Relation (attached)</source>
      <translation>Odnos (pridružena)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="59" />
      <source>Related units</source>
      <translation>Povezane jedinice</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="62" />
      <source>Comma (,)</source>
      <translation>Zarez (,)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="63" />
      <source>Semicolon (;)</source>
      <translation>Tačka-zarez (;)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="64" />
      <source>Tabs (TSV)</source>
      <translation>Tabulatori (TSV)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="65" />
      <source>Bar (|)</source>
      <translation>Uspravna crta (|)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="122" />
      <source>details</source>
      <translation>podaci</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="133" />
      <source>Import {name}</source>
      <translation>Uvoz: {name}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="169" />
      <source>Found from the file</source>
      <translation>Prepoznat iz datoteke</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="174" />
      <source>The character between the columns (--delimiter)</source>
      <translation>Znak između kolona (--delimiter)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="177" />
      <source>The workbook's sheet to read (--sheet)</source>
      <translation>List radne sveske koji se čita (--sheet)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="180" />
      <source>&amp;Sheet:</source>
      <translation>&amp;List:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="182" />
      <source>&amp;Separator:</source>
      <translation>&amp;Razdelnik:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="194" />
      <source>The sheet's first rows</source>
      <translation>Prvi redovi lista</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="206" />
      <source>Columns</source>
      <translation>Kolone</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="210" />
      <source>Which column holds each field? &lt;b&gt;Unit name&lt;/b&gt; and a parent (id or name) are needed; columns left over are kept as each unit's details.</source>
      <translation>Koja kolona sadrži koje polje? Potrebni su &lt;b&gt;Naziv jedinice&lt;/b&gt; i nadređena jedinica (id ili naziv); preostale kolone čuvaju se kao podaci svake jedinice.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="220" />
      <source>The column of this field (--map {role}=HEADER)</source>
      <translation>Kolona ovog polja (--map {role}=zaglavlje)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="155" />
      <source>&amp;Import</source>
      <translation>&amp;Uvezi</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="239" />
      <source>Reading {name}…</source>
      <translation>Čita se {name}…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="270" />
      <source>Found from the file: {separator}</source>
      <translation>Prepoznat iz datoteke: {separator}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="275" />
      <source>(none)</source>
      <translation>(nijedna)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="283" />
      <source>The first {shown} of {count} rows</source>
      <translation>Prvih {shown} redova (ukupno redova: {count})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="287" />
      <source>{count} rows</source>
      <translation>Redova: {count}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="312" />
      <source>The file cannot be read as it is: {problem}</source>
      <translation>Datoteka ne može da se pročita ovakva kakva je: {problem}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="318" />
      <source>Choose the column that holds the units' names.</source>
      <translation>Izaberite kolonu s nazivima jedinica.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="321" />
      <source>Choose the column that says where each unit belongs: its parent's id, or the name it reports to.</source>
      <translation>Izaberite kolonu koja kaže gde svaka jedinica pripada: id nadređene jedinice ili naziv jedinice kojoj odgovara.</translation>
    </message>
  </context>
  <context>
    <name>MainActions</name>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="46" />
      <source>&amp;Open…</source>
      <translation>&amp;Otvori…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="47" />
      <source>Open an organization file</source>
      <translation>Otvorite datoteku organizacije</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="52" />
      <source>&amp;Import spreadsheet…</source>
      <translation>&amp;Uvezi tabelu…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="53" />
      <source>Open a CSV or Excel sheet of units (id and parentId, or Name and Reports_To)</source>
      <translation>Otvorite CSV ili Excel tabelu jedinica (id i parentId, ili Name i Reports_To)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="57" />
      <source>&amp;Reload</source>
      <translation>Učitaj &amp;ponovo</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="58" />
      <source>Read the open file again from disk</source>
      <translation>Ponovo pročitajte otvorenu datoteku sa diska</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="63" />
      <source>&amp;Export chart…</source>
      <translation>&amp;Izvezi šemu…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="64" />
      <source>Export the chart as PDF, SVG or PNG, or the unit directory</source>
      <translation>Izvezite šemu kao PDF, SVG ili PNG, ili imenik jedinica</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="69" />
      <source>&amp;Print…</source>
      <translation>Š&amp;tampaj…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="69" />
      <source>Print the chart, with a preview</source>
      <translation>Štampajte šemu, uz pregled</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="71" />
      <source>&amp;Quit</source>
      <translation>&amp;Izlaz</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="71" />
      <source>Quit OrgExplorer</source>
      <translation>Zatvorite OrgExplorer</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="73" />
      <source>&amp;Find…</source>
      <translation>&amp;Pronađi…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="73" />
      <source>Find units by name or function</source>
      <translation>Pronađite jedinice po nazivu ili nadležnosti</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="75" />
      <source>C&amp;lear search</source>
      <translation>&amp;Obriši pretragu</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="75" />
      <source>Clear the search and show the whole tree</source>
      <translation>Obrišite pretragu i prikažite celo stablo</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="79" />
      <source>&amp;Details</source>
      <translation>&amp;Podaci</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="79" />
      <source>Show the selected unit's details</source>
      <translation>Prikaži podatke o izabranoj jedinici</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="81" />
      <source>C&amp;hart</source>
      <translation>Š&amp;ema</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="81" />
      <source>Show the organization chart</source>
      <translation>Prikaži organizacionu šemu</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="82" />
      <source>Zoom &amp;in</source>
      <translation>U&amp;veličaj</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="82" />
      <source>Enlarge the chart</source>
      <translation>Uvećajte šemu</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="83" />
      <source>Zoom &amp;out</source>
      <translation>U&amp;manji</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="83" />
      <source>Shrink the chart</source>
      <translation>Umanjite šemu</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="84" />
      <source>&amp;Fit chart to window</source>
      <translation>Šema po &amp;veličini prozora</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="84" />
      <source>Show the whole chart</source>
      <translation>Prikaži celu šemu</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="85" />
      <source>&amp;Expand all</source>
      <translation>&amp;Raširi sve</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="85" />
      <source>Expand every unit</source>
      <translation>Raširite sve jedinice</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="86" />
      <source>&amp;Collapse all</source>
      <translation>&amp;Skupi sve</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="86" />
      <source>Collapse every unit</source>
      <translation>Skupite sve jedinice</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="88" />
      <source>&amp;Back</source>
      <translation>&amp;Nazad</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="89" />
      <source>Go back to the unit selected before</source>
      <translation>Vratite se na prethodno izabranu jedinicu</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="94" />
      <source>&amp;Forward</source>
      <translation>N&amp;apred</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="94" />
      <source>Go forward again</source>
      <translation>Idite ponovo napred</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="96" />
      <source>&amp;About OrgExplorer</source>
      <translation>&amp;O programu OrgExplorer</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="96" />
      <source>About OrgExplorer and the data shown</source>
      <translation>O programu OrgExplorer i prikazanim podacima</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="101" />
      <source>System default</source>
      <translation>Jezik sistema</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="106" />
      <source>Choose the language of the interface</source>
      <translation>Izaberite jezik interfejsa</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="110" />
      <source>&amp;File</source>
      <translation>&amp;Datoteka</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="118" />
      <source>&amp;Edit</source>
      <translation>&amp;Uređivanje</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="120" />
      <source>&amp;View</source>
      <translation>&amp;Prikaz</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="131" />
      <source>&amp;Language</source>
      <translation>&amp;Jezik</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="134" />
      <source>&amp;Help</source>
      <translation>Po&amp;moć</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="138" />
      <source>Main</source>
      <translation>Glavna traka</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="139" />
      <source>Show or hide the toolbar</source>
      <translation>Prikažite ili sakrijte traku s alatkama</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../orgexplorer/ui/main_window.py" line="110" />
      <source>&amp;Details</source>
      <translation>&amp;Podaci</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/main_window.py" line="111" />
      <source>C&amp;hart</source>
      <translation>Š&amp;ema</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/main_window.py" line="134" />
      <source>Problems</source>
      <translation>Problemi</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/main_window.py" line="148" />
      <source>Stop opening the file; the organization open now stays</source>
      <translation>Prekini otvaranje; otvorena organizacija ostaje</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/main_window.py" line="109" />
      <source>Details and chart</source>
      <translation>Podaci i šema</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/main_window.py" line="145" />
      <source>Number of units</source>
      <translation>Broj jedinica</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/main_window.py" line="140" />
      <source>&amp;Problems</source>
      <translation>&amp;Problemi</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/main_window.py" line="141" />
      <source>Show or hide the problems of the last file opened</source>
      <translation>Prikažite ili sakrijte probleme poslednje otvorene datoteke</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/main_window.py" line="264" />
      <source>Opening {name}…</source>
      <translation>Otvara se {name}…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/main_window.py" line="261" />
      <source>Opening was cancelled</source>
      <translation>Otvaranje je prekinuto</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/main_window.py" line="271" />
      <source>{name} was not opened: see Problems</source>
      <translation>{name} nije otvorena: pogledajte Probleme</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/main_window.py" line="296" />
      <source>{name} was reloaded</source>
      <translation>{name} je ponovo učitana</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/main_window.py" line="313" />
      <source>{count} units</source>
      <translation>jedinica: {count}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/main_window.py" line="323" />
      <source>OrgExplorer</source>
      <translation>OrgExplorer</translation>
    </message>
  </context>
  <context>
    <name>Marks</name>
    <message>
      <location filename="../../orgexplorer/ui/icons.py" line="82" />
      <source>removed</source>
      <translation>uklonjena</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/icons.py" line="83" />
      <source>new</source>
      <translation>nova</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/icons.py" line="84" />
      <source>moved</source>
      <translation>premeštena</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/icons.py" line="85" />
      <source>renamed</source>
      <translation>preimenovana</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/icons.py" line="86" />
      <source>changed</source>
      <translation>izmenjeno</translation>
    </message>
  </context>
  <context>
    <name>MeaningSearch</name>
    <message>
      <location filename="../../orgexplorer/ui/meaning_search.py" line="29" />
      <source>; 1 of them by meaning</source>
      <translation>; jedna od njih po smislu</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/meaning_search.py" line="30" />
      <source>; {count} of them by meaning</source>
      <translation>; od toga po smislu: {count}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/meaning_search.py" line="58" />
      <source>Preparing search by meaning…</source>
      <translation>Priprema pretrage po smislu…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/meaning_search.py" line="63" />
      <source>Preparing search by meaning</source>
      <translation>Priprema pretrage po smislu</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/meaning_search.py" line="66" />
      <source>Cancel</source>
      <translation>Otkaži</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/meaning_search.py" line="67" />
      <source>Stop preparing search by meaning; search by words goes on</source>
      <translation>Prekini pripremu pretrage po smislu; pretraga po rečima radi i dalje</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/meaning_search.py" line="147" />
      <source>Search by meaning is off ({reason}): searching by words only.</source>
      <translation>Pretraga po smislu je isključena ({reason}): pretražuje se samo po rečima.</translation>
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
      <location filename="../../orgexplorer/ui/print_preview.py" line="94" />
      <source>Page {page} of {pages}</source>
      <translation>Strana {page} od {pages}</translation>
    </message>
  </context>
  <context>
    <name>PrintPreview</name>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="134" />
      <source>{title}: organizational chart</source>
      <translation>{title}: organizaciona šema</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="145" />
      <source>Print preview</source>
      <translation>Pregled pre štampe</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="167" />
      <source>Pages as they will print</source>
      <translation>Strane kako će biti odštampane</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="181" />
      <source>{count} pages</source>
      <translation>strana: {count}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="181" />
      <source>1 page</source>
      <translation>1 strana</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="184" />
      <source>Smaller</source>
      <translation>Manje</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="184" />
      <source>Larger</source>
      <translation>Veće</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="193" />
      <source>&amp;Print…</source>
      <translation>Š&amp;tampaj…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="274" />
      <source>The page could not be drawn: {reason}</source>
      <translation>Strana nije mogla da se iscrta: {reason}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="305" />
      <source>Printing…</source>
      <translation>Štampanje…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="313" />
      <source>Printed {pages} pages.</source>
      <translation>Odštampano strana: {pages}.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="316" />
      <source>Printing failed: {reason}</source>
      <translation>Štampanje nije uspelo: {reason}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="319" />
      <source>Printing was cancelled.</source>
      <translation>Štampanje je otkazano.</translation>
    </message>
  </context>
  <context>
    <name>ProblemsPanel</name>
    <message>
      <location filename="../../orgexplorer/ui/problems_panel.py" line="81" />
      <source>Problems</source>
      <translation>Problemi</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/problems_panel.py" line="87" />
      <source>Problems in the file</source>
      <translation>Problemi u datoteci</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/problems_panel.py" line="90" />
      <source>The problem's place in the file</source>
      <translation>Mesto problema u datoteci</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/problems_panel.py" line="120" />
      <source>&lt;b&gt;{path}&lt;/b&gt; is open, with 1 warning.</source>
      <translation>&lt;b&gt;{path}&lt;/b&gt; je otvorena, uz 1 upozorenje.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/problems_panel.py" line="122" />
      <source>&lt;b&gt;{path}&lt;/b&gt; is open, with {count} warnings.</source>
      <translation>&lt;b&gt;{path}&lt;/b&gt; je otvorena, uz upozorenja: {count}.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/problems_panel.py" line="124" />
      <source>&lt;b&gt;{path}&lt;/b&gt; could not be opened: 1 error.</source>
      <translation>&lt;b&gt;{path}&lt;/b&gt; nije otvorena: 1 greška.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/problems_panel.py" line="126" />
      <source>&lt;b&gt;{path}&lt;/b&gt; could not be opened: {count} errors.</source>
      <translation>&lt;b&gt;{path}&lt;/b&gt; nije otvorena, broj grešaka: {count}.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/problems_panel.py" line="128" />
      <source>{organization} stays open.</source>
      <translation>{organization} ostaje otvorena.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/problems_panel.py" line="154" />
      <source>Binary content (not text): not shown.</source>
      <translation>Binarni sadržaj (nije tekst): ne prikazuje se.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/problems_panel.py" line="157" />
      <source>An .xlsx workbook is a zip archive of parts; the place given is the sheet's row and column.</source>
      <translation>Radna sveska .xlsx je zip arhiva delova; navedeno mesto je red i kolona lista.</translation>
    </message>
  </context>
  <context>
    <name>RecentFiles</name>
    <message>
      <location filename="../../orgexplorer/ui/recent_files.py" line="24" />
      <source>Open &amp;Recent</source>
      <translation>Nedavno &amp;otvarano</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/recent_files.py" line="53" />
      <source>Clear list</source>
      <translation>Obriši spisak</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/recent_files.py" line="54" />
      <source>Forget the files opened recently</source>
      <translation>Zaboravite nedavno otvarane datoteke</translation>
    </message>
  </context>
  <context>
    <name>SearchController</name>
    <message>
      <location filename="../../orgexplorer/ui/search_controller.py" line="83" />
      <source>Search units</source>
      <translation>Pretraga jedinica</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_controller.py" line="86" />
      <source>Find units by name, head or function; Up and Down move through the results, {enter} selects</source>
      <translation>Pronađite jedinice po nazivu, rukovodiocu ili nadležnosti; strelice gore i dole kreću se kroz rezultate, {enter} bira</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_controller.py" line="91" />
      <source>Find a unit by name or function, e.g. arms control ({shortcut})</source>
      <translation>Naziv ili nadležnost, npr. kontrola naoružanja ({shortcut})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_controller.py" line="92" />
      <source>Find a unit by name or function, e.g. arms control</source>
      <translation>Naziv ili nadležnost, npr. kontrola naoružanja</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_controller.py" line="93" />
      <source>Find a unit by name or function</source>
      <translation>Naziv ili nadležnost jedinice</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_controller.py" line="104" />
      <location filename="../../orgexplorer/ui/search_controller.py" line="106" />
      <source>Filter tree</source>
      <translation>Filtriraj stablo</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_controller.py" line="107" />
      <source>Show only the matching units and the units above them</source>
      <translation>Prikaži samo pronađene jedinice i jedinice iznad njih</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_controller.py" line="115" />
      <source>Number of units found</source>
      <translation>Broj pronađenih jedinica</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_controller.py" line="231" />
      <source>No unit matches.</source>
      <translation>Nijedna jedinica ne odgovara.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_controller.py" line="233" />
      <source>1 unit found</source>
      <translation>Pronađena je 1 jedinica</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_controller.py" line="233" />
      <source>{count} units found</source>
      <translation>Pronađeno jedinica: {count}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_controller.py" line="235" />
      <source>(the best {listed} listed)</source>
      <translation>(navedeno najboljih: {listed})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_controller.py" line="237" />
      <source>No unit matches every word; these match some of them: {found}</source>
      <translation>Nijedna jedinica ne odgovara svim rečima; ove odgovaraju nekima: {found}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_controller.py" line="239" />
      <source>No unit has these words; nearest by meaning: {found}</source>
      <translation>Nijedna jedinica nema ove reči; najbliže po značenju: {found}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_controller.py" line="243" />
      <source>Showing results for &lt;b&gt;{query}&lt;/b&gt;: {found}</source>
      <translation>Prikazani su rezultati za &lt;b&gt;{query}&lt;/b&gt;: {found}</translation>
    </message>
  </context>
  <context>
    <name>SearchResults</name>
    <message>
      <location filename="../../orgexplorer/ui/search_results.py" line="33" />
      <source>name</source>
      <translation>naziv</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_results.py" line="34" />
      <source>head</source>
      <translation>rukovodilac</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_results.py" line="35" />
      <source>responsibility</source>
      <translation>nadležnost</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_results.py" line="36" />
      <source>kind</source>
      <translation>vrsta</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_results.py" line="37" />
      <source>description</source>
      <translation>opis</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_results.py" line="38" />
      <source>abbreviation</source>
      <translation>skraćenica</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_results.py" line="39" />
      <source>detail</source>
      <translation>podatak</translation>
    </message>
  </context>
  <context>
    <name>SearchResultsModel</name>
    <message>
      <location filename="../../orgexplorer/ui/search_results.py" line="77" />
      <source>{unit}{head}: by meaning, {field} {text}</source>
      <translation>{unit}{head}: po smislu, {field} {text}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_results.py" line="90" />
      <source>by meaning, {field}:</source>
      <translation>po smislu, {field}:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_results.py" line="98" />
      <source>Found by meaning; its {field} nearest to the search: {text}</source>
      <translation>Pronađeno po smislu; polje „{field}“ najbliže pretrazi: {text}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_results.py" line="102" />
      <source>Matched in its {field}: {text}</source>
      <translation>Pogodak u polju „{field}“: {text}</translation>
    </message>
  </context>
  <context>
    <name>SearchResultsView</name>
    <message>
      <location filename="../../orgexplorer/ui/search_results.py" line="156" />
      <source>Search results</source>
      <translation>Rezultati pretrage</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_results.py" line="157" />
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
      <location filename="../../orgexplorer/ui/unit_tree.py" line="22" />
      <source>Units</source>
      <extracomment>Up to this many units a tree (or a filtered tree's matches) opens fully expanded; beyond it, only the first levels: expanding 100,000 rows costs seconds.</extracomment>
      <translation>Jedinice</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/unit_tree.py" line="23" />
      <source>The organization's units as a tree</source>
      <translation>Jedinice organizacije kao stablo</translation>
    </message>
  </context>
  <context>
    <name>UnitTreeModel</name>
    <message>
      <location filename="../../orgexplorer/ui/tree_model.py" line="33" />
      <source>Top-level unit</source>
      <translation>Jedinica najvišeg nivoa</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/tree_model.py" line="36" />
      <source>Attached to the {head} (not part of {unit})</source>
      <translation>Pridružena uz: {head} (nije deo jedinice {unit})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/tree_model.py" line="39" />
      <source>Attached to the head of {unit} (not part of it)</source>
      <translation>Pridružena uz rukovodioca jedinice {unit} (nije njen deo)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/tree_model.py" line="42" />
      <source>Part of {unit}</source>
      <translation>Deo jedinice {unit}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/tree_model.py" line="213" />
      <source>Unit</source>
      <translation>Jedinica</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/tree_model.py" line="213" />
      <source>Head</source>
      <translation>Rukovodilac</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/tree_model.py" line="232" />
      <source>Head: {head}</source>
      <translation>Rukovodilac: {head}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/tree_model.py" line="234" />
      <source>Changes: {marks}</source>
      <translation>Promene: {marks}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/tree_model.py" line="260" />
      <source>, attached unit</source>
      <translation>, pridružena jedinica</translation>
    </message>
  </context>
</TS>