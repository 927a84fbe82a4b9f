<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sr-Cyrl">
  <context>
    <name>Book</name>
    <message>
      <location filename="../../orgexplorer/chart/book_output.py" line="34" />
      <source>continued on page {page}</source>
      <translation>наставак на страни {page}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/book_output.py" line="35" />
      <source>from page {page}</source>
      <translation>са стране {page}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/book_output.py" line="36" />
      <source>continued from page {page}</source>
      <translation>наставак са стране {page}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/book_output.py" line="86" />
      <source>Contents</source>
      <translation>Садржај</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/book_output.py" line="88" />
      <source>Index</source>
      <translation>Индекс</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/book_output.py" line="167" />
      <source>chart book</source>
      <translation>књига шема</translation>
    </message>
  </context>
  <context>
    <name>BookPreview</name>
    <message>
      <location filename="../../orgexplorer/ui/book_preview.py" line="81" />
      <source>Preview of a page of the book</source>
      <translation>Преглед стране књиге</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/book_preview.py" line="83" />
      <source>&amp;Previous page</source>
      <translation>&amp;Претходна страна</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/book_preview.py" line="84" />
      <source>&amp;Next page</source>
      <translation>&amp;Следећа страна</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/book_preview.py" line="85" />
      <source>P&amp;rint…</source>
      <translation>Шта&amp;мпај…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/book_preview.py" line="139" />
      <source>Making the book of {count} units… {percent}%</source>
      <translation>Прави се књига од {count} јединица… {percent}%</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/book_preview.py" line="161" />
      <source>{units} units on {pages} pages ({charts} of charts), names at {size} pt.</source>
      <translation>{units} јединица на {pages} страна (шеме на {charts}), називи величине {size} pt.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/book_preview.py" line="178" />
      <source>Page {page} of {pages}</source>
      <translation>Страна {page} од {pages}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/book_preview.py" line="201" />
      <source>{title}: chart book</source>
      <translation>{title}: књига шема</translation>
    </message>
  </context>
  <context>
    <name>Changes</name>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="33" />
      <source>Added</source>
      <translation>Додато</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="34" />
      <source>Removed</source>
      <translation>Уклоњено</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="35" />
      <source>Moved</source>
      <translation>Премештено</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="36" />
      <source>Renamed</source>
      <translation>Преименовано</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="37" />
      <source>Id changed</source>
      <translation>Промењен id</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="38" />
      <source>Kind changed</source>
      <translation>Промењена врста</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="39" />
      <source>Head changed</source>
      <translation>Промењен руководилац</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="40" />
      <source>Description changed</source>
      <translation>Измењен опис</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="41" />
      <source>Responsibility added</source>
      <translation>Додата надлежност</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="42" />
      <source>Responsibility removed</source>
      <translation>Уклоњена надлежност</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="43" />
      <source>Responsibility reworded</source>
      <translation>Преформулисана надлежност</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="44" />
      <source>Responsibility moved here</source>
      <translation>Надлежност премештена овамо</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="45" />
      <source>Cross-reference added</source>
      <translation>Додата унакрсна веза</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="46" />
      <source>Cross-reference removed</source>
      <translation>Уклоњена унакрсна веза</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="55" />
      <source>id changed: matched by name and place</source>
      <translation>промењен id: препозната по називу и месту</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="56" />
      <source>id changed: matched by place and responsibilities</source>
      <translation>промењен id: препозната по месту и надлежностима</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="57" />
      <source>id changed: matched by name</source>
      <translation>промењен id: препозната по називу</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="81" />
      <source>new unit: {name}</source>
      <translation>нова јединица: {name}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="90" />
      <source>from {unit}</source>
      <translation>из јединице {unit}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="107" />
      <source>Changes from {old} to {new}</source>
      <translation>Промене од {old} до {new}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="111" />
      <source>No changes.</source>
      <translation>Нема промена.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="116" />
      <source>struck through</source>
      <translation>прецртане</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="117" />
      <source>underlined</source>
      <translation>подвучене</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="118" />
      <source>Words taken out are {removed}; words put in are {added}.</source>
      <translation>Избачене речи су {removed}; додате речи су {added}.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="178" />
      <source>{title}: change report, page {page} of {pages}</source>
      <translation>{title}: извештај о променама, страна {page} од {pages}</translation>
    </message>
  </context>
  <context>
    <name>ChangesModel</name>
    <message>
      <location filename="../../orgexplorer/ui/changes_panel.py" line="88" />
      <source>Change</source>
      <translation>Промена</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/changes_panel.py" line="90" />
      <source>Unit</source>
      <translation>Јединица</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/changes_panel.py" line="92" />
      <source>Before → after</source>
      <translation>Пре → после</translation>
    </message>
  </context>
  <context>
    <name>ChangesPanel</name>
    <message>
      <location filename="../../orgexplorer/ui/changes_panel.py" line="146" />
      <source>Changes</source>
      <translation>Промене</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/changes_panel.py" line="147" />
      <source>Every change in tree order; Up and Down walk them</source>
      <translation>Све промене редом стабла; стрелице горе и доле пролазе кроз њих</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/changes_panel.py" line="157" />
      <source>&amp;Swap versions</source>
      <translation>&amp;Замени верзије</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/changes_panel.py" line="158" />
      <source>Take the other file as the older version</source>
      <translation>Узми другу датотеку као старију верзију</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/changes_panel.py" line="160" />
      <source>E&amp;xport changes…</source>
      <translation>И&amp;звези промене…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/changes_panel.py" line="161" />
      <source>The chart with the changes marked, and the change report, as PDF</source>
      <translation>Шема са означеним променама и извештај о променама, као PDF</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/changes_panel.py" line="163" />
      <source>&amp;Leave compare mode</source>
      <translation>&amp;Напусти поређење</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/changes_panel.py" line="166" />
      <source>Back to the newer version alone ({key})</source>
      <translation>Назад само на новију верзију ({key})</translation>
    </message>
  </context>
  <context>
    <name>Chart</name>
    <message>
      <location filename="../../orgexplorer/chart/sheet.py" line="111" />
      <source>part of the unit above (subunit)</source>
      <translation>део јединице изнад (унутрашња јединица)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/sheet.py" line="112" />
      <source>attached to the head of the unit above, not part of it (dashed box)</source>
      <translation>придружена руководиоцу јединице изнад, није њен део (испрекидано поље)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/sheet.py" line="181" />
      <source>Source: {source}</source>
      <translation>Извор: {source}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/book_output.py" line="78" />
      <location filename="../../orgexplorer/chart/pages.py" line="100" />
      <location filename="../../orgexplorer/chart/poster.py" line="72" />
      <source>page {page} of {pages}</source>
      <translation>страна {page} од {pages}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/poster.py" line="60" />
      <source>row {row} / column {column} of {rows} × {columns}</source>
      <translation>ред {row} / колона {column} од {rows} × {columns}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/poster.py" line="187" />
      <location filename="../../orgexplorer/chart/poster.py" line="191" />
      <source>overlap</source>
      <translation>преклоп</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/export.py" line="54" />
      <source>organizational chart</source>
      <extracomment>The shape of a page of running text, such as the unit directory (taller than wide).</extracomment>
      <translation>организациона шема</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/export.py" line="69" />
      <source>{title}: organizational chart</source>
      <translation>{title}: организациона шема</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/marks.py" line="34" />
      <source>− removed</source>
      <translation>− уклоњена</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/marks.py" line="35" />
      <source>+ new</source>
      <translation>+ нова</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/marks.py" line="36" />
      <source>→ moved</source>
      <translation>→ премештена</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/marks.py" line="37" />
      <source>renamed</source>
      <translation>преименована</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/marks.py" line="38" />
      <source>changed</source>
      <translation>измењено</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/marks.py" line="119" />
      <source>Changes:</source>
      <translation>Промене:</translation>
    </message>
  </context>
  <context>
    <name>ChartController</name>
    <message>
      <location filename="../../orgexplorer/ui/chart_controller.py" line="71" />
      <source>Laying out the chart of {count} units…</source>
      <translation>Распоређује се шема од {count} јединица…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/chart_controller.py" line="84" />
      <source>The chart could not be laid out: {reason}</source>
      <translation>Шема није могла да се распореди: {reason}</translation>
    </message>
  </context>
  <context>
    <name>ChartView</name>
    <message>
      <location filename="../../orgexplorer/ui/chart_view.py" line="111" />
      <source>Organization chart</source>
      <extracomment>Charts with more boxes than this are shown zoomed out as a picture drawn on a worker thread: painting 100,000 boxes on the GUI thread each time the view changes would freeze it for a second.</extracomment>
      <translation>Организациона шема</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/chart_view.py" line="112" />
      <source>The chart of the units; click a box to select its unit</source>
      <translation>Шема јединица; клик на поље бира његову јединицу</translation>
    </message>
  </context>
  <context>
    <name>CompareController</name>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="111" />
      <source>Changes</source>
      <translation>Промене</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="123" />
      <source>Co&amp;mpare With…</source>
      <translation>Упо&amp;реди са…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="125" />
      <source>Compare the open organization with an older version of it (drop a file with {key}, too)</source>
      <translation>Упореди отворену организацију са њеном старијом верзијом (и превлачењем датотеке уз {key})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="129" />
      <source>&amp;Leave compare mode</source>
      <translation>&amp;Напусти поређење</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="130" />
      <source>Show the newer version alone again</source>
      <translation>Поново прикажи само новију верзију</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="140" />
      <source>Show or hide the list of changes of compare mode</source>
      <translation>Прикажи или сакриј списак промена при поређењу</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="169" />
      <location filename="../../orgexplorer/ui/compare_controller.py" line="175" />
      <source>Comparing with {name}…</source>
      <translation>Поређење са {name}…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="179" />
      <source>{name} could not be compared: {reason}</source>
      <translation>{name} није могла да се упореди: {reason}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="189" />
      <source>Comparing with {name}… {percent}%</source>
      <translation>Поређење са {name}… {percent}%</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="200" />
      <source>{name} was not compared: see Problems</source>
      <translation>{name} није упоређена: види Проблеме</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="229" />
      <source>Changes from {older} to {newer}: {count}</source>
      <translation>Промене од {older} до {newer}: {count}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="233" />
      <source>No changes from {older} to {newer}.</source>
      <translation>Нема промена од {older} до {newer}.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="241" />
      <source>{title} – changes since {older} – OrgExplorer</source>
      <translation>{title} – промене од {older} – OrgExplorer</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="257" />
      <source>Leaving compare mode…</source>
      <translation>Напуштање поређења…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="333" />
      <source>Compare with an older version</source>
      <translation>Поређење са старијом верзијом</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="358" />
      <source>Responsibility moved away</source>
      <translation>Надлежност премештена другој јединици</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="359" />
      <source>to {unit}</source>
      <translation>у јединицу {unit}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="364" />
      <source>Changes since {older}</source>
      <translation>Промене од верзије {older}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="379" />
      <source>Export changes</source>
      <translation>Извоз промена</translation>
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
      <translation>није наведено</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="77" />
      <source>Attached unit: organizationally and functionally related to {head}, not one of its subunits.</source>
      <translation>Придружена јединица: организационо и функционално везана за: {head}, али није њена унутрашња јединица.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="84" />
      <source>Kind</source>
      <translation>Врста</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="87" />
      <source>Head</source>
      <translation>Руководилац</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="95" />
      <source>Description</source>
      <translation>Опис</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="101" />
      <source>Responsibilities</source>
      <translation>Надлежности</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="109" />
      <source>Details</source>
      <translation>Подаци</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="117" />
      <source>Related units</source>
      <translation>Повезане јединице</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="127" />
      <source>none</source>
      <translation>нема</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="139" />
      <source>{post}, head of {unit}</source>
      <translation>{post}, руководилац јединице {unit}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="141" />
      <source>the head of {unit}</source>
      <translation>руководилац јединице {unit}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="152" />
      <source>Part of</source>
      <translation>Део јединице</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="156" />
      <source>Subunits</source>
      <translation>Унутрашње јединице</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="158" />
      <source>Attached units</source>
      <translation>Придружене јединице</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="160" />
      <source>Related</source>
      <translation>Повезане јединице</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="162" />
      <source>Referred to by</source>
      <translation>Упућују на њу</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="154" />
      <source>Attached to</source>
      <translation>Придружена уз</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="192" />
      <source>Unit details</source>
      <translation>Подаци о јединици</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="193" />
      <source>Name, kind, head, description, responsibilities and related units</source>
      <translation>Назив, врста, руководилац, опис, надлежности и повезане јединице</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="213" />
      <source>Select a unit to see its details.</source>
      <translation>Изаберите јединицу да бисте видели њене податке.</translation>
    </message>
  </context>
  <context>
    <name>Dialogs</name>
    <message>
      <location filename="../../orgexplorer/ui/dialogs.py" line="27" />
      <source>Organization files</source>
      <translation>Датотеке организација</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/dialogs.py" line="23" />
      <source>Open organization</source>
      <translation>Отварање организације</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/dialogs.py" line="31" />
      <source>Import spreadsheet</source>
      <translation>Увоз табеле</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/dialogs.py" line="34" />
      <source>Spreadsheets</source>
      <translation>Табеле</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/dialogs.py" line="37" />
      <source>All files</source>
      <translation>Све датотеке</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/dialogs.py" line="46" />
      <source>&lt;p&gt;&lt;b&gt;Data shown:&lt;/b&gt; {title}&lt;br&gt;Source: {source}&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;Приказани подаци:&lt;/b&gt; {title}&lt;br&gt;Извор: {source}&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/dialogs.py" line="51" />
      <source>About OrgExplorer</source>
      <translation>О програму OrgExplorer</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/dialogs.py" line="54" />
      <source>&lt;p&gt;Explore an organization: its hierarchy, the head and responsibilities of each unit, the units related to it; find units by function and print the chart.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Истражите организацију: њену хијерархију, руководиоца и надлежности сваке јединице, јединице повезане с њом; пронађите јединице по надлежности и одштампајте шему.&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>ExportController</name>
    <message>
      <location filename="../../orgexplorer/ui/export_controller.py" line="68" />
      <source>Stop exporting; nothing is written</source>
      <extracomment>What to run: given a progress callback, write the file and say how it went.</extracomment>
      <translation>Прекини извоз; ништа се не уписује</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_controller.py" line="68" />
      <source>Export progress</source>
      <translation>Ток извоза</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_controller.py" line="88" />
      <source>Exporting {name}…</source>
      <translation>Извози се {name}…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_controller.py" line="119" />
      <source>Exporting {name} was cancelled; nothing was written</source>
      <translation>Извоз датотеке {name} је прекинут; ништа није уписано</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_controller.py" line="121" />
      <source>Export failed</source>
      <translation>Извоз није успео</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_controller.py" line="123" />
      <source>Exported {name}</source>
      <translation>Извезено: {name}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_controller.py" line="126" />
      <source>Exported with warnings</source>
      <translation>Извезено уз упозорења</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_controller.py" line="171" />
      <source>Laying out the chart for printing…</source>
      <translation>Распоређивање шеме за штампу…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_controller.py" line="188" />
      <source>Printing failed</source>
      <translation>Штампање није успело</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="57" />
      <source>PDF chart (vector, printable)</source>
      <translation>PDF шема (векторска, за штампу)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="58" />
      <source>SVG chart (vector)</source>
      <translation>SVG шема (векторска)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="59" />
      <source>PNG image</source>
      <translation>PNG слика</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="60" />
      <source>Unit directory (PDF)</source>
      <translation>Именик јединица (PDF)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="61" />
      <source>Unit directory (HTML)</source>
      <translation>Именик јединица (HTML)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="62" />
      <source>Units for spreadsheets (CSV)</source>
      <translation>Јединице за табеле (CSV)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="82" />
      <source>Export chart</source>
      <translation>Извоз шеме</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="95" />
      <source>Names</source>
      <translation>Називи</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="95" />
      <source>Names and heads</source>
      <translation>Називи и руководиоци</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="95" />
      <source>Names, heads and responsibilities</source>
      <translation>Називи, руководиоци и надлежности</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="99" />
      <source>Top down</source>
      <translation>Одозго надоле</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="99" />
      <source>Left to right</source>
      <translation>Слева надесно</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="100" />
      <source>List leaf subunits in a column</source>
      <translation>Крајње јединице у колони</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="102" />
      <source>The whole organization</source>
      <translation>Цела организација</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="104" />
      <source>{unit} and the units below it</source>
      <translation>{unit} и јединице испод ње</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="107" />
      <source>All levels</source>
      <translation>Сви нивои</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="112" />
      <source>Automatic</source>
      <translation>Аутоматски</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="112" />
      <source>Landscape</source>
      <translation>Положено</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="112" />
      <source>Portrait</source>
      <translation>Усправно</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="115" />
      <source>Fit to one page</source>
      <translation>На једну страну</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="115" />
      <source>Poster: tile across pages</source>
      <translation>Плакат: на више страна</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="115" />
      <source>Book: each branch legible</source>
      <translation>Књига: свака грана читљива</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="121" />
      <source> × (1.0: 9 pt names)</source>
      <translation> × (1,0: називи од 9 pt)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="124" />
      <source>&amp;Format:</source>
      <translation>&amp;Формат:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="125" />
      <source>&amp;Boxes show:</source>
      <translation>&amp;Поља приказују:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="126" />
      <source>&amp;Direction:</source>
      <translation>&amp;Смер:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="128" />
      <source>&amp;Units:</source>
      <translation>&amp;Јединице:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="129" />
      <source>&amp;Levels:</source>
      <translation>&amp;Нивои:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="130" />
      <source>&amp;Paper:</source>
      <translation>Па&amp;пир:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="131" />
      <source>&amp;Orientation:</source>
      <translation>&amp;Оријентација:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="132" />
      <source>Pa&amp;ges:</source>
      <translation>С&amp;тране:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="134" />
      <source>Chart &amp;scale:</source>
      <translation>&amp;Размера шеме:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="140" />
      <source>Preview of the first page</source>
      <translation>Преглед прве стране</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="159" />
      <source>&amp;Export…</source>
      <translation>&amp;Извези…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="237" />
      <source>The unit directory: every unit with its head, responsibilities and relations.</source>
      <translation>Именик јединица: свака јединица са руководиоцем, надлежностима и везама.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="245" />
      <source>Drawing the preview of {count} units…</source>
      <translation>Црта се преглед {count} јединица…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="264" />
      <source>How large the chart is drawn, tiled across as many pages as it needs.</source>
      <translation>Колико је шема велика; дели се на онолико страна колико јој треба.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="266" />
      <source>How large each branch's chart is drawn on the book's pages (never under 7 pt text).</source>
      <translation>Колико је велика шема сваке гране на странама књиге (текст никад мањи од 7 pt).</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="267" />
      <source>Fit to one page scales the chart to the page.</source>
      <translation>На једној страни шема се увећава или смањује према страни.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="291" />
      <source>{count} units</source>
      <translation>јединица: {count}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="293" />
      <source>1 page</source>
      <translation>1 страна</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="293" />
      <source>{count} pages</source>
      <translation>страна: {count}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="296" />
      <source>names at {size} pt</source>
      <translation>називи од {size} pt</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="300" />
      <source>Warning: {warning}.</source>
      <translation>Упозорење: {warning}.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="358" />
      <source>Export</source>
      <translation>Извоз</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="366" />
      <source>Export failed</source>
      <translation>Извоз није успео</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="369" />
      <source>Exported with warnings</source>
      <translation>Извезено уз упозорења</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="49" />
      <source>Id</source>
      <extracomment>What the dialog calls each of the importer's roles (``importer.ROLES`` says which roles there are; a role without words here is shown by its ``--map`` name).</extracomment>
      <translation>Ид</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="50" />
      <source>Parent's id</source>
      <translation>Ид надређене јединице</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="51" />
      <source>Reports to (parent's name)</source>
      <translation>Одговара (назив надређене)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="52" />
      <source>Unit name</source>
      <translation>Назив јединице</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="53" />
      <source>Head (post)</source>
      <translation>Руководилац (функција)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="54" />
      <source>Head's name</source>
      <translation>Име руководиоца</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="55" />
      <source>Kind</source>
      <translation>Врста</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="56" />
      <source>Description</source>
      <translation>Опис</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="57" />
      <source>Responsibilities</source>
      <translation>Надлежности</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="58" />
      <source>Relation (attached)</source>
      <translation>Однос (придружена)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="59" />
      <source>Related units</source>
      <translation>Повезане јединице</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="62" />
      <source>Comma (,)</source>
      <translation>Зарез (,)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="63" />
      <source>Semicolon (;)</source>
      <translation>Тачка-зарез (;)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="64" />
      <source>Tabs (TSV)</source>
      <translation>Табулатори (TSV)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="65" />
      <source>Bar (|)</source>
      <translation>Усправна црта (|)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="122" />
      <source>details</source>
      <translation>подаци</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="133" />
      <source>Import {name}</source>
      <translation>Увоз: {name}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="169" />
      <source>Found from the file</source>
      <translation>Препознат из датотеке</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="174" />
      <source>The character between the columns (--delimiter)</source>
      <translation>Знак између колона (--delimiter)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="177" />
      <source>The workbook's sheet to read (--sheet)</source>
      <translation>Лист радне свеске који се чита (--sheet)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="180" />
      <source>&amp;Sheet:</source>
      <translation>&amp;Лист:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="182" />
      <source>&amp;Separator:</source>
      <translation>&amp;Разделник:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="194" />
      <source>The sheet's first rows</source>
      <translation>Први редови листа</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="206" />
      <source>Columns</source>
      <translation>Колоне</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="210" />
      <source>Which column holds each field? &lt;b&gt;Unit name&lt;/b&gt; and a parent (id or name) are needed; columns left over are kept as each unit's details.</source>
      <translation>Која колона садржи које поље? Потребни су &lt;b&gt;Назив јединице&lt;/b&gt; и надређена јединица (id или назив); преостале колоне чувају се као подаци сваке јединице.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="220" />
      <source>The column of this field (--map {role}=HEADER)</source>
      <translation>Колона овог поља (--map {role}=заглавље)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="155" />
      <source>&amp;Import</source>
      <translation>&amp;Увези</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="239" />
      <source>Reading {name}…</source>
      <translation>Чита се {name}…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="270" />
      <source>Found from the file: {separator}</source>
      <translation>Препознат из датотеке: {separator}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="275" />
      <source>(none)</source>
      <translation>(ниједна)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="283" />
      <source>The first {shown} of {count} rows</source>
      <translation>Првих {shown} редова (укупно редова: {count})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="287" />
      <source>{count} rows</source>
      <translation>Редова: {count}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="312" />
      <source>The file cannot be read as it is: {problem}</source>
      <translation>Датотека не може да се прочита оваква каква је: {problem}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="318" />
      <source>Choose the column that holds the units' names.</source>
      <translation>Изаберите колону с називима јединица.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="321" />
      <source>Choose the column that says where each unit belongs: its parent's id, or the name it reports to.</source>
      <translation>Изаберите колону која каже где свака јединица припада: id надређене јединице или назив јединице којој одговара.</translation>
    </message>
  </context>
  <context>
    <name>MainActions</name>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="46" />
      <source>&amp;Open…</source>
      <translation>&amp;Отвори…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="47" />
      <source>Open an organization file</source>
      <translation>Отворите датотеку организације</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="52" />
      <source>&amp;Import spreadsheet…</source>
      <translation>&amp;Увези табелу…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="53" />
      <source>Open a CSV or Excel sheet of units (id and parentId, or Name and Reports_To)</source>
      <translation>Отворите CSV или Excel табелу јединица (id и parentId, или Name и Reports_To)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="57" />
      <source>&amp;Reload</source>
      <translation>Учитај &amp;поново</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="58" />
      <source>Read the open file again from disk</source>
      <translation>Поново прочитајте отворену датотеку са диска</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="63" />
      <source>&amp;Export chart…</source>
      <translation>&amp;Извези шему…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="64" />
      <source>Export the chart as PDF, SVG or PNG, or the unit directory</source>
      <translation>Извезите шему као PDF, SVG или PNG, или именик јединица</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="69" />
      <source>&amp;Print…</source>
      <translation>Ш&amp;тампај…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="69" />
      <source>Print the chart, with a preview</source>
      <translation>Штампајте шему, уз преглед</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="71" />
      <source>&amp;Quit</source>
      <translation>&amp;Излаз</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="71" />
      <source>Quit OrgExplorer</source>
      <translation>Затворите OrgExplorer</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="73" />
      <source>&amp;Find…</source>
      <translation>&amp;Пронађи…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="73" />
      <source>Find units by name or function</source>
      <translation>Пронађите јединице по називу или надлежности</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="75" />
      <source>C&amp;lear search</source>
      <translation>&amp;Обриши претрагу</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="75" />
      <source>Clear the search and show the whole tree</source>
      <translation>Обришите претрагу и прикажите цело стабло</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="79" />
      <source>&amp;Details</source>
      <translation>&amp;Подаци</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="79" />
      <source>Show the selected unit's details</source>
      <translation>Прикажи податке о изабраној јединици</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="81" />
      <source>C&amp;hart</source>
      <translation>Ш&amp;ема</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="81" />
      <source>Show the organization chart</source>
      <translation>Прикажи организациону шему</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="82" />
      <source>Zoom &amp;in</source>
      <translation>У&amp;величај</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="82" />
      <source>Enlarge the chart</source>
      <translation>Увећајте шему</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="83" />
      <source>Zoom &amp;out</source>
      <translation>У&amp;мањи</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="83" />
      <source>Shrink the chart</source>
      <translation>Умањите шему</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="84" />
      <source>&amp;Fit chart to window</source>
      <translation>Шема по &amp;величини прозора</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="84" />
      <source>Show the whole chart</source>
      <translation>Прикажи целу шему</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="85" />
      <source>&amp;Expand all</source>
      <translation>&amp;Рашири све</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="85" />
      <source>Expand every unit</source>
      <translation>Раширите све јединице</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="86" />
      <source>&amp;Collapse all</source>
      <translation>&amp;Скупи све</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="86" />
      <source>Collapse every unit</source>
      <translation>Скупите све јединице</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="88" />
      <source>&amp;Back</source>
      <translation>&amp;Назад</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="89" />
      <source>Go back to the unit selected before</source>
      <translation>Вратите се на претходно изабрану јединицу</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="94" />
      <source>&amp;Forward</source>
      <translation>Н&amp;апред</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="94" />
      <source>Go forward again</source>
      <translation>Идите поново напред</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="96" />
      <source>&amp;About OrgExplorer</source>
      <translation>&amp;О програму OrgExplorer</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="96" />
      <source>About OrgExplorer and the data shown</source>
      <translation>О програму OrgExplorer и приказаним подацима</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="101" />
      <source>System default</source>
      <translation>Језик система</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="106" />
      <source>Choose the language of the interface</source>
      <translation>Изаберите језик интерфејса</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="110" />
      <source>&amp;File</source>
      <translation>&amp;Датотека</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="118" />
      <source>&amp;Edit</source>
      <translation>&amp;Уређивање</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="120" />
      <source>&amp;View</source>
      <translation>&amp;Приказ</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="131" />
      <source>&amp;Language</source>
      <translation>&amp;Језик</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="134" />
      <source>&amp;Help</source>
      <translation>По&amp;моћ</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="138" />
      <source>Main</source>
      <translation>Главна трака</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="139" />
      <source>Show or hide the toolbar</source>
      <translation>Прикажите или сакријте траку с алаткама</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../orgexplorer/ui/main_window.py" line="110" />
      <source>&amp;Details</source>
      <translation>&amp;Подаци</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/main_window.py" line="111" />
      <source>C&amp;hart</source>
      <translation>Ш&amp;ема</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/main_window.py" line="134" />
      <source>Problems</source>
      <translation>Проблеми</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/main_window.py" line="148" />
      <source>Stop opening the file; the organization open now stays</source>
      <translation>Прекини отварање; отворена организација остаје</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/main_window.py" line="109" />
      <source>Details and chart</source>
      <translation>Подаци и шема</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/main_window.py" line="145" />
      <source>Number of units</source>
      <translation>Број јединица</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/main_window.py" line="140" />
      <source>&amp;Problems</source>
      <translation>&amp;Проблеми</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/main_window.py" line="141" />
      <source>Show or hide the problems of the last file opened</source>
      <translation>Прикажите или сакријте проблеме последње отворене датотеке</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/main_window.py" line="264" />
      <source>Opening {name}…</source>
      <translation>Отвара се {name}…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/main_window.py" line="261" />
      <source>Opening was cancelled</source>
      <translation>Отварање је прекинуто</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/main_window.py" line="271" />
      <source>{name} was not opened: see Problems</source>
      <translation>{name} није отворена: погледајте Проблеме</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/main_window.py" line="296" />
      <source>{name} was reloaded</source>
      <translation>{name} је поново учитана</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/main_window.py" line="313" />
      <source>{count} units</source>
      <translation>јединица: {count}</translation>
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
      <translation>уклоњена</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/icons.py" line="83" />
      <source>new</source>
      <translation>нова</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/icons.py" line="84" />
      <source>moved</source>
      <translation>премештена</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/icons.py" line="85" />
      <source>renamed</source>
      <translation>преименована</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/icons.py" line="86" />
      <source>changed</source>
      <translation>измењено</translation>
    </message>
  </context>
  <context>
    <name>MeaningSearch</name>
    <message>
      <location filename="../../orgexplorer/ui/meaning_search.py" line="29" />
      <source>; 1 of them by meaning</source>
      <translation>; једна од њих по смислу</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/meaning_search.py" line="30" />
      <source>; {count} of them by meaning</source>
      <translation>; од тога по смислу: {count}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/meaning_search.py" line="58" />
      <source>Preparing search by meaning…</source>
      <translation>Припрема претраге по смислу…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/meaning_search.py" line="63" />
      <source>Preparing search by meaning</source>
      <translation>Припрема претраге по смислу</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/meaning_search.py" line="66" />
      <source>Cancel</source>
      <translation>Откажи</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/meaning_search.py" line="67" />
      <source>Stop preparing search by meaning; search by words goes on</source>
      <translation>Прекини припрему претраге по смислу; претрага по речима ради и даље</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/meaning_search.py" line="147" />
      <source>Search by meaning is off ({reason}): searching by words only.</source>
      <translation>Претрага по смислу је искључена ({reason}): претражује се само по речима.</translation>
    </message>
  </context>
  <context>
    <name>Outline</name>
    <message>
      <location filename="../../orgexplorer/ui/outline.py" line="23" />
      <source>head: {head}</source>
      <translation>руководилац: {head}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/outline.py" line="23" />
      <source>[attached]</source>
      <translation>[придружена]</translation>
    </message>
  </context>
  <context>
    <name>PagesModel</name>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="94" />
      <source>Page {page} of {pages}</source>
      <translation>Страна {page} од {pages}</translation>
    </message>
  </context>
  <context>
    <name>PrintPreview</name>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="134" />
      <source>{title}: organizational chart</source>
      <translation>{title}: организациона шема</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="145" />
      <source>Print preview</source>
      <translation>Преглед пре штампе</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="167" />
      <source>Pages as they will print</source>
      <translation>Стране како ће бити одштампане</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="181" />
      <source>{count} pages</source>
      <translation>страна: {count}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="181" />
      <source>1 page</source>
      <translation>1 страна</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="184" />
      <source>Smaller</source>
      <translation>Мање</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="184" />
      <source>Larger</source>
      <translation>Веће</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="193" />
      <source>&amp;Print…</source>
      <translation>Ш&amp;тампај…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="274" />
      <source>The page could not be drawn: {reason}</source>
      <translation>Страна није могла да се исцрта: {reason}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="305" />
      <source>Printing…</source>
      <translation>Штампање…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="313" />
      <source>Printed {pages} pages.</source>
      <translation>Одштампано страна: {pages}.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="316" />
      <source>Printing failed: {reason}</source>
      <translation>Штампање није успело: {reason}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="319" />
      <source>Printing was cancelled.</source>
      <translation>Штампање је отказано.</translation>
    </message>
  </context>
  <context>
    <name>ProblemsPanel</name>
    <message>
      <location filename="../../orgexplorer/ui/problems_panel.py" line="81" />
      <source>Problems</source>
      <translation>Проблеми</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/problems_panel.py" line="87" />
      <source>Problems in the file</source>
      <translation>Проблеми у датотеци</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/problems_panel.py" line="90" />
      <source>The problem's place in the file</source>
      <translation>Место проблема у датотеци</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/problems_panel.py" line="120" />
      <source>&lt;b&gt;{path}&lt;/b&gt; is open, with 1 warning.</source>
      <translation>&lt;b&gt;{path}&lt;/b&gt; је отворена, уз 1 упозорење.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/problems_panel.py" line="122" />
      <source>&lt;b&gt;{path}&lt;/b&gt; is open, with {count} warnings.</source>
      <translation>&lt;b&gt;{path}&lt;/b&gt; је отворена, уз упозорења: {count}.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/problems_panel.py" line="124" />
      <source>&lt;b&gt;{path}&lt;/b&gt; could not be opened: 1 error.</source>
      <translation>&lt;b&gt;{path}&lt;/b&gt; није отворена: 1 грешка.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/problems_panel.py" line="126" />
      <source>&lt;b&gt;{path}&lt;/b&gt; could not be opened: {count} errors.</source>
      <translation>&lt;b&gt;{path}&lt;/b&gt; није отворена, број грешака: {count}.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/problems_panel.py" line="128" />
      <source>{organization} stays open.</source>
      <translation>{organization} остаје отворена.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/problems_panel.py" line="154" />
      <source>Binary content (not text): not shown.</source>
      <translation>Бинарни садржај (није текст): не приказује се.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/problems_panel.py" line="157" />
      <source>An .xlsx workbook is a zip archive of parts; the place given is the sheet's row and column.</source>
      <translation>Радна свеска .xlsx је зип архива делова; наведено место је ред и колона листа.</translation>
    </message>
  </context>
  <context>
    <name>RecentFiles</name>
    <message>
      <location filename="../../orgexplorer/ui/recent_files.py" line="24" />
      <source>Open &amp;Recent</source>
      <translation>Недавно &amp;отварано</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/recent_files.py" line="53" />
      <source>Clear list</source>
      <translation>Обриши списак</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/recent_files.py" line="54" />
      <source>Forget the files opened recently</source>
      <translation>Заборавите недавно отваране датотеке</translation>
    </message>
  </context>
  <context>
    <name>SearchController</name>
    <message>
      <location filename="../../orgexplorer/ui/search_controller.py" line="83" />
      <source>Search units</source>
      <translation>Претрага јединица</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_controller.py" line="86" />
      <source>Find units by name, head or function; Up and Down move through the results, {enter} selects</source>
      <translation>Пронађите јединице по називу, руководиоцу или надлежности; стрелице горе и доле крећу се кроз резултате, {enter} бира</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_controller.py" line="91" />
      <source>Find a unit by name or function, e.g. arms control ({shortcut})</source>
      <translation>Назив или надлежност, нпр. контрола наоружања ({shortcut})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_controller.py" line="92" />
      <source>Find a unit by name or function, e.g. arms control</source>
      <translation>Назив или надлежност, нпр. контрола наоружања</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_controller.py" line="93" />
      <source>Find a unit by name or function</source>
      <translation>Назив или надлежност јединице</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_controller.py" line="104" />
      <location filename="../../orgexplorer/ui/search_controller.py" line="106" />
      <source>Filter tree</source>
      <translation>Филтрирај стабло</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_controller.py" line="107" />
      <source>Show only the matching units and the units above them</source>
      <translation>Прикажи само пронађене јединице и јединице изнад њих</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_controller.py" line="115" />
      <source>Number of units found</source>
      <translation>Број пронађених јединица</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_controller.py" line="231" />
      <source>No unit matches.</source>
      <translation>Ниједна јединица не одговара.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_controller.py" line="233" />
      <source>1 unit found</source>
      <translation>Пронађена је 1 јединица</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_controller.py" line="233" />
      <source>{count} units found</source>
      <translation>Пронађено јединица: {count}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_controller.py" line="235" />
      <source>(the best {listed} listed)</source>
      <translation>(наведено најбољих: {listed})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_controller.py" line="237" />
      <source>No unit matches every word; these match some of them: {found}</source>
      <translation>Ниједна јединица не одговара свим речима; ове одговарају некима: {found}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_controller.py" line="239" />
      <source>No unit has these words; nearest by meaning: {found}</source>
      <translation>Ниједна јединица нема ове речи; најближе по значењу: {found}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_controller.py" line="243" />
      <source>Showing results for &lt;b&gt;{query}&lt;/b&gt;: {found}</source>
      <translation>Приказани су резултати за &lt;b&gt;{query}&lt;/b&gt;: {found}</translation>
    </message>
  </context>
  <context>
    <name>SearchResults</name>
    <message>
      <location filename="../../orgexplorer/ui/search_results.py" line="33" />
      <source>name</source>
      <translation>назив</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_results.py" line="34" />
      <source>head</source>
      <translation>руководилац</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_results.py" line="35" />
      <source>responsibility</source>
      <translation>надлежност</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_results.py" line="36" />
      <source>kind</source>
      <translation>врста</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_results.py" line="37" />
      <source>description</source>
      <translation>опис</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_results.py" line="38" />
      <source>abbreviation</source>
      <translation>скраћеница</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_results.py" line="39" />
      <source>detail</source>
      <translation>податак</translation>
    </message>
  </context>
  <context>
    <name>SearchResultsModel</name>
    <message>
      <location filename="../../orgexplorer/ui/search_results.py" line="77" />
      <source>{unit}{head}: by meaning, {field} {text}</source>
      <translation>{unit}{head}: по смислу, {field} {text}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_results.py" line="90" />
      <source>by meaning, {field}:</source>
      <translation>по смислу, {field}:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_results.py" line="98" />
      <source>Found by meaning; its {field} nearest to the search: {text}</source>
      <translation>Пронађено по смислу; поље „{field}“ најближе претрази: {text}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_results.py" line="102" />
      <source>Matched in its {field}: {text}</source>
      <translation>Погодак у пољу „{field}“: {text}</translation>
    </message>
  </context>
  <context>
    <name>SearchResultsView</name>
    <message>
      <location filename="../../orgexplorer/ui/search_results.py" line="156" />
      <source>Search results</source>
      <translation>Резултати претраге</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_results.py" line="157" />
      <source>Units matching the search, best first</source>
      <translation>Јединице које одговарају претрази, најбоље прве</translation>
    </message>
  </context>
  <context>
    <name>TaskProgress</name>
    <message>
      <location filename="../../orgexplorer/ui/task_progress.py" line="30" />
      <source>Cancel</source>
      <translation>Откажи</translation>
    </message>
  </context>
  <context>
    <name>UnitKind</name>
    <message>
      <location filename="../../orgexplorer/ui/kinds.py" line="12" />
      <source>ministry</source>
      <translation>министарство</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/kinds.py" line="13" />
      <source>sector</source>
      <translation>сектор</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/kinds.py" line="14" />
      <source>department</source>
      <translation>одељење</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/kinds.py" line="15" />
      <source>division</source>
      <translation>дивизија</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/kinds.py" line="16" />
      <source>section</source>
      <translation>одсек</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/kinds.py" line="17" />
      <source>office</source>
      <translation>канцеларија</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/kinds.py" line="18" />
      <source>mission</source>
      <translation>мисија</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/kinds.py" line="19" />
      <location filename="../../orgexplorer/ui/kinds.py" line="20" />
      <source>centre</source>
      <translation>центар</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/kinds.py" line="21" />
      <source>group</source>
      <translation>група</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/kinds.py" line="22" />
      <source>unit</source>
      <translation>јединица</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/kinds.py" line="23" />
      <source>service</source>
      <translation>служба</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/kinds.py" line="24" />
      <source>directorate</source>
      <translation>дирекција</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/kinds.py" line="25" />
      <source>administration</source>
      <translation>управа</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/kinds.py" line="26" />
      <source>agency</source>
      <translation>агенција</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/kinds.py" line="27" />
      <source>command</source>
      <translation>команда</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/kinds.py" line="28" />
      <source>inspectorate</source>
      <translation>инспекторат</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/kinds.py" line="29" />
      <source>secretariat</source>
      <translation>секретаријат</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/kinds.py" line="30" />
      <source>cabinet</source>
      <translation>кабинет</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/kinds.py" line="31" />
      <source>institute</source>
      <translation>институт</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/kinds.py" line="32" />
      <source>council</source>
      <translation>савет</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/kinds.py" line="33" />
      <source>committee</source>
      <translation>одбор</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/kinds.py" line="34" />
      <source>team</source>
      <translation>тим</translation>
    </message>
  </context>
  <context>
    <name>UnitTree</name>
    <message>
      <location filename="../../orgexplorer/ui/unit_tree.py" line="22" />
      <source>Units</source>
      <extracomment>Up to this many units a tree (or a filtered tree's matches) opens fully expanded; beyond it, only the first levels: expanding 100,000 rows costs seconds.</extracomment>
      <translation>Јединице</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/unit_tree.py" line="23" />
      <source>The organization's units as a tree</source>
      <translation>Јединице организације као стабло</translation>
    </message>
  </context>
  <context>
    <name>UnitTreeModel</name>
    <message>
      <location filename="../../orgexplorer/ui/tree_model.py" line="33" />
      <source>Top-level unit</source>
      <translation>Јединица највишег нивоа</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/tree_model.py" line="36" />
      <source>Attached to the {head} (not part of {unit})</source>
      <translation>Придружена уз: {head} (није део јединице {unit})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/tree_model.py" line="39" />
      <source>Attached to the head of {unit} (not part of it)</source>
      <translation>Придружена уз руководиоца јединице {unit} (није њен део)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/tree_model.py" line="42" />
      <source>Part of {unit}</source>
      <translation>Део јединице {unit}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/tree_model.py" line="213" />
      <source>Unit</source>
      <translation>Јединица</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/tree_model.py" line="213" />
      <source>Head</source>
      <translation>Руководилац</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/tree_model.py" line="232" />
      <source>Head: {head}</source>
      <translation>Руководилац: {head}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/tree_model.py" line="234" />
      <source>Changes: {marks}</source>
      <translation>Промене: {marks}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/tree_model.py" line="260" />
      <source>, attached unit</source>
      <translation>, придружена јединица</translation>
    </message>
  </context>
</TS>