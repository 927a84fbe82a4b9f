<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sr-Cyrl">
  <context>
    <name>Book</name>
    <message>
      <location filename="../../orgexplorer/chart/book_output.py" line="43" />
      <source>continued on page {page}</source>
      <translation>наставак на страни {page}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/book_output.py" line="44" />
      <source>from page {page}</source>
      <translation>са стране {page}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/book_output.py" line="45" />
      <source>continued from page {page}</source>
      <translation>наставак са стране {page}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/book_output.py" line="96" />
      <source>Contents</source>
      <translation>Садржај</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/book_output.py" line="98" />
      <source>Index</source>
      <translation>Индекс</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/book_output.py" line="177" />
      <source>chart book</source>
      <translation>књига шема</translation>
    </message>
  </context>
  <context>
    <name>BookPreview</name>
    <message>
      <location filename="../../orgexplorer/ui/book_preview.py" line="100" />
      <source>Preview of a page of the book</source>
      <translation>Преглед стране књиге</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/book_preview.py" line="102" />
      <source>&amp;Previous page</source>
      <translation>&amp;Претходна страна</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/book_preview.py" line="103" />
      <source>&amp;Next page</source>
      <translation>&amp;Следећа страна</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/book_preview.py" line="104" />
      <source>P&amp;rint…</source>
      <translation>Шта&amp;мпај…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/ui/book_preview.py" line="158" />
      <source>Making the book of %Ln units… {percent}%</source>
      <translation>
        <numerusform>Прави се књига од %Ln јединице… {percent}%</numerusform>
        <numerusform>Прави се књига од %Ln јединице… {percent}%</numerusform>
        <numerusform>Прави се књига од %Ln јединица… {percent}%</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/book_preview.py" line="178" />
      <source>{units} {pages}, {charts} of them charts; names at {size} pt.</source>
      <translation>{units} {pages}, од тога шеме на {charts}; називи величине {size} pt.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/ui/book_preview.py" line="179" />
      <source>%Ln units</source>
      <translation>
        <numerusform>%Ln јединица</numerusform>
        <numerusform>%Ln јединице</numerusform>
        <numerusform>%Ln јединица</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/ui/book_preview.py" line="180" />
      <source>on %Ln pages</source>
      <translation>
        <numerusform>на %Ln страни</numerusform>
        <numerusform>на %Ln стране</numerusform>
        <numerusform>на %Ln страна</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/book_preview.py" line="195" />
      <source>Page {page} of {pages}</source>
      <translation>Страна {page} од {pages}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/book_preview.py" line="62" />
      <source>{title}: chart book</source>
      <translation>{title}: књига шема</translation>
    </message>
  </context>
  <context>
    <name>Changes</name>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="34" />
      <source>Organization renamed</source>
      <translation>Организација преименована</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="35" />
      <source>Source changed</source>
      <translation>Извор промењен</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="36" />
      <source>Glossary term added</source>
      <translation>Додат појам у речник скраћеница</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="37" />
      <source>Glossary term removed</source>
      <translation>Уклоњен појам из речника скраћеница</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="38" />
      <source>Glossary term changed</source>
      <translation>Промењен појам у речнику скраћеница</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="39" />
      <source>Added</source>
      <translation>Додато</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="40" />
      <source>Removed</source>
      <translation>Уклоњено</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="41" />
      <source>Moved</source>
      <translation>Премештено</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="42" />
      <source>Renamed</source>
      <translation>Преименовано</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="43" />
      <source>Id changed</source>
      <translation>Промењен id</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="44" />
      <source>Kind changed</source>
      <translation>Промењена врста</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="45" />
      <source>Head changed</source>
      <translation>Промењен руководилац</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="46" />
      <source>Description changed</source>
      <translation>Измењен опис</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="47" />
      <source>Responsibility added</source>
      <translation>Додата надлежност</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="48" />
      <source>Responsibility removed</source>
      <translation>Уклоњена надлежност</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="49" />
      <source>Responsibility reworded</source>
      <translation>Преформулисана надлежност</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="50" />
      <source>Responsibility moved here</source>
      <translation>Надлежност премештена овамо</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="51" />
      <source>Cross-reference added</source>
      <translation>Додата унакрсна веза</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="52" />
      <source>Cross-reference removed</source>
      <translation>Уклоњена унакрсна веза</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="61" />
      <source>id changed: matched by name and place</source>
      <translation>промењен id: препозната по називу и месту</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="62" />
      <source>id changed: matched by place and responsibilities</source>
      <translation>промењен id: препозната по месту и надлежностима</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="63" />
      <source>id changed: matched by name</source>
      <translation>промењен id: препозната по називу</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="89" />
      <source>(top level)</source>
      <translation>(највиши ниво)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="92" />
      <source>{path} [attached]</source>
      <translation>{path} [придружена]</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="111" />
      <source>new unit: {name}</source>
      <translation>нова јединица: {name}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="120" />
      <source>from {unit}</source>
      <translation>из јединице {unit}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="142" />
      <source>Changes from {old} to {new}</source>
      <translation>Промене од {old} до {new}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="146" />
      <source>No changes.</source>
      <translation>Нема промена.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="151" />
      <source>struck through</source>
      <translation>прецртане</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="152" />
      <source>underlined</source>
      <translation>подвучене</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="153" />
      <source>Words taken out are {removed}; words put in are {added}.</source>
      <translation>Избачене речи су {removed}; додате речи су {added}.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/change_report.py" line="213" />
      <source>{title}: change report, page {page} of {pages}</source>
      <translation>{title}: извештај о променама, страна {page} од {pages}</translation>
    </message>
  </context>
  <context>
    <name>ChangesModel</name>
    <message>
      <location filename="../../orgexplorer/ui/changes_panel.py" line="101" />
      <source>Change</source>
      <translation>Промена</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/changes_panel.py" line="103" />
      <source>Unit</source>
      <translation>Јединица</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/changes_panel.py" line="105" />
      <source>Before → after</source>
      <translation>Пре → после</translation>
    </message>
  </context>
  <context>
    <name>ChangesPanel</name>
    <message>
      <location filename="../../orgexplorer/ui/changes_panel.py" line="161" />
      <source>Changes</source>
      <translation>Промене</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/changes_panel.py" line="162" />
      <source>Every change in tree order; Up and Down walk them</source>
      <translation>Све промене редом стабла; стрелице горе и доле пролазе кроз њих</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/changes_panel.py" line="173" />
      <source>&amp;Swap versions</source>
      <translation>&amp;Замени верзије</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/changes_panel.py" line="174" />
      <source>Take the other file as the older version</source>
      <translation>Узми другу датотеку као старију верзију</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/changes_panel.py" line="176" />
      <source>E&amp;xport changes…</source>
      <translation>И&amp;звези промене…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/changes_panel.py" line="177" />
      <source>The chart with the changes marked, and the change report, as PDF</source>
      <translation>Шема са означеним променама и извештај о променама, као PDF</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/changes_panel.py" line="179" />
      <source>&amp;Leave compare mode</source>
      <translation>Напу&amp;сти поређење</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/changes_panel.py" line="182" />
      <source>Back to the newer version alone ({key})</source>
      <translation>Назад само на новију верзију ({key})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/changes_panel.py" line="246" />
      <source>No comparison is shown. File &gt; Compare With… compares the open organization with another version of it, and this panel then lists every change.</source>
      <translation>Није приказано ниједно поређење. Датотека &gt; Упореди са… пореди отворену организацију са другом њеном верзијом, а овај панел тада наводи сваку промену.</translation>
    </message>
  </context>
  <context>
    <name>Chart</name>
    <message>
      <location filename="../../orgexplorer/chart/sheet.py" line="116" />
      <source>part of the unit above (subunit)</source>
      <translation>део јединице изнад (унутрашња јединица)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/sheet.py" line="117" />
      <source>attached to the head of the unit above, not part of it (dashed box)</source>
      <translation>придружена руководиоцу јединице изнад, није њен део (испрекидано поље)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/chart/sheet.py" line="123" />
      <source>+ %Ln units below</source>
      <translation>
        <numerusform>+ %Ln јединица испод</numerusform>
        <numerusform>+ %Ln јединице испод</numerusform>
        <numerusform>+ %Ln јединица испод</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/sheet.py" line="191" />
      <source>Source: {source}</source>
      <translation>Извор: {source}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/book_output.py" line="88" />
      <location filename="../../orgexplorer/chart/pages.py" line="101" />
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
      <location filename="../../orgexplorer/chart/export.py" line="56" />
      <source>organizational chart</source>
      <extracomment>The shape of a page of running text, such as the unit directory (taller than wide).</extracomment>
      <translation>организациона шема</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/export.py" line="71" />
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
    <message numerus="yes">
      <location filename="../../orgexplorer/chart/export_words.py" line="25" />
      <source> and %Ln more</source>
      <translation>
        <numerusform> и још %Ln</numerusform>
        <numerusform> и још %Ln</numerusform>
        <numerusform> и још %Ln</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/chart/export_words.py" line="26" />
      <source>the text of %Ln units ({ids}{more}) is too long for a box and is cut short (…) in the chart; the unit directory ({directory}) has it in full</source>
      <translation>
        <numerusform>текст %Ln јединице ({ids}{more}) предугачак је за поље и на шеми је скраћен (…); именик јединица ({directory}) садржи га у целини</numerusform>
        <numerusform>текст %Ln јединице ({ids}{more}) предугачак је за поље и на шеми је скраћен (…); именик јединица ({directory}) садржи га у целини</numerusform>
        <numerusform>текст %Ln јединица ({ids}{more}) предугачак је за поље и на шеми је скраћен (…); именик јединица ({directory}) садржи га у целини</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/export_words.py" line="32" />
      <source>Format: Unit directory</source>
      <translation>Формат: Именик јединица</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/export_words.py" line="40" />
      <source>the smallest text is {size} pt on paper, below the legible {legible} pt; {advice}</source>
      <translation>најмањи текст на папиру има {size} pt, мање од читљивих {legible} pt; {advice}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/export_words.py" line="43" />
      <source>use a larger page, {poster}, or less content</source>
      <translation>изаберите већи папир, {poster} или мање садржаја</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/export_words.py" line="44" />
      <source>Pages: Poster</source>
      <translation>Стране: Плакат</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/export_words.py" line="48" />
      <source>even the largest scale, {scale}, leaves it smaller: show less content</source>
      <translation>и при највећој размери, {scale}, текст остаје мањи: прикажите мање садржаја</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/export_words.py" line="54" />
      <source>use a scale of {scale} or more ({control})</source>
      <translation>изаберите размеру {scale} или већу ({control})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/export_words.py" line="55" />
      <source>Chart scale: {scale}</source>
      <translation>Размера шеме: {scale}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/chart/export_words.py" line="69" />
      <source>%Ln pixels</source>
      <translation>
        <numerusform>%Ln пиксел</numerusform>
        <numerusform>%Ln пиксела</numerusform>
        <numerusform>%Ln пиксела</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/export_words.py" line="71" />
      <source>{pixels}, {side} a side for {format}</source>
      <translation>{pixels}, {side} по страни за {format}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/export_words.py" line="74" />
      <source>chart scaled to {dpi} dpi to fit the image size limit ({limit}); PDF and SVG have no such limit</source>
      <translation>шема је смањена на {dpi} DPI да стане у ограничење величине слике ({limit}); PDF и SVG немају такво ограничење</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/export_words.py" line="86" />
      <source>the book is printed at scale {scale}, not {asked}, so that no text is under {smallest} pt</source>
      <translation>књига се штампа у размери {scale}, а не {asked}, да ниједан текст не буде мањи од {smallest} pt</translation>
    </message>
  </context>
  <context>
    <name>ChartController</name>
    <message numerus="yes">
      <location filename="../../orgexplorer/ui/chart_controller.py" line="78" />
      <source>Laying out the chart of %Ln units…</source>
      <translation>
        <numerusform>Распоређује се шема од %Ln јединице…</numerusform>
        <numerusform>Распоређује се шема од %Ln јединице…</numerusform>
        <numerusform>Распоређује се шема од %Ln јединица…</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/chart_controller.py" line="91" />
      <source>The chart could not be laid out: {reason}</source>
      <translation>Шема није могла да се распореди: {reason}</translation>
    </message>
  </context>
  <context>
    <name>ChartView</name>
    <message>
      <location filename="../../orgexplorer/ui/chart_view.py" line="174" />
      <source>Organization chart</source>
      <extracomment>A selected unit is brought into view with its names at least this high on screen: read, not guessed. Fitting the chart to the window never makes names smaller than this (their boxes then are shapes a few pixels across, the tree's structure still seen): a wide organization fitted whole would be a streak one pixel high. Such a chart is fitted by its shorter side instead, around the selected unit; zooming out further still shows it whole. Charts with more boxes than this are shown zoomed out as a picture drawn on a worker thread: painting 100,000 boxes on the GUI thread each time the view changes would freeze it for a second. Zoomed out until names are not drawn, boxes are shapes a few pixels across and their hairline borders all but vanish: darker fills keep them (and the tree they make) in sight.</extracomment>
      <translation>Организациона шема</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/chart_view.py" line="175" />
      <source>The chart of the units; click a box to select its unit</source>
      <translation>Шема јединица; клик на поље бира његову јединицу</translation>
    </message>
  </context>
  <context>
    <name>CompareController</name>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="122" />
      <source>Changes</source>
      <translation>Промене</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="148" />
      <source>Co&amp;mpare With…</source>
      <translation>Упо&amp;реди са…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="150" />
      <source>Compare the open organization with an older version of it (drop a file with {key}, too)</source>
      <translation>Упореди отворену организацију са њеном старијом верзијом (и превлачењем датотеке уз {key})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="155" />
      <source>&amp;Leave compare mode</source>
      <translation>Напу&amp;сти поређење</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="156" />
      <source>Show the newer version alone again</source>
      <translation>Поново прикажи само новију верзију</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="166" />
      <source>Chan&amp;ges</source>
      <translation>Пром&amp;ене</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="167" />
      <source>Show or hide the list of changes of compare mode</source>
      <translation>Прикажи или сакриј списак промена при поређењу</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="193" />
      <source>Nothing is open to compare with {name}: open an organization first</source>
      <translation>Није отворено ништа што би се поредило са {name}: прво отворите организацију</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="215" />
      <location filename="../../orgexplorer/ui/compare_controller.py" line="221" />
      <source>Comparing with {name}…</source>
      <translation>Поређење са {name}…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="226" />
      <source>{name} could not be compared: {reason}</source>
      <translation>{name} није могла да се упореди: {reason}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="236" />
      <source>Comparing with {name}… {percent}%</source>
      <translation>Поређење са {name}… {percent}%</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="247" />
      <source>{name} was not compared: see Problems</source>
      <translation>{name} није упоређена: види Проблеме</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="286" />
      <source>Changes from {older} to {newer}: {count}</source>
      <translation>Промене од {older} до {newer}: {count}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="288" />
      <source>No changes from {older} to {newer}.</source>
      <translation>Нема промена од {older} до {newer}.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="293" />
      <source>{title} – changes since {older} – OrgExplorer</source>
      <translation>{title} – промене од {older} – OrgExplorer</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="311" />
      <source>Leaving compare mode…</source>
      <translation>Напуштање поређења…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="334" />
      <source>Comparing with {name} was stopped</source>
      <translation>Поређење са {name} је заустављено</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="413" />
      <source>Compare with an older version</source>
      <translation>Поређење са старијом верзијом</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="439" />
      <source>Responsibility moved away</source>
      <translation>Надлежност премештена другој јединици</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="440" />
      <source>to {unit}</source>
      <translation>у јединицу {unit}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="445" />
      <source>Changes since {older}</source>
      <translation>Промене од верзије {older}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/compare_controller.py" line="460" />
      <source>Export changes</source>
      <translation>Извоз промена</translation>
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
      <translation>није наведено</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="80" />
      <source>Attached unit: organizationally and functionally related to {head}, not one of its subunits.</source>
      <translation>Придружена јединица: организационо и функционално везана за: {head}, али није њена унутрашња јединица.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="87" />
      <source>Kind</source>
      <translation>Врста</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="90" />
      <source>Head</source>
      <translation>Руководилац</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="98" />
      <source>Description</source>
      <translation>Опис</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="104" />
      <source>Responsibilities</source>
      <translation>Надлежности</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="112" />
      <source>Details</source>
      <translation>Додатни подаци</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="120" />
      <source>Related units</source>
      <translation>Повезане јединице</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="130" />
      <source>none</source>
      <translation>нема</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="142" />
      <source>{post}, head of {unit}</source>
      <translation>{post}, руководилац јединице {unit}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="144" />
      <source>the head of {unit}</source>
      <translation>руководилац јединице {unit}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="155" />
      <source>Part of</source>
      <translation>Део јединице</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="159" />
      <source>Subunits</source>
      <translation>Унутрашње јединице</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="161" />
      <source>Attached units</source>
      <translation>Придружене јединице</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="163" />
      <source>Related</source>
      <translation>Повезане јединице</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="165" />
      <source>Referred to by</source>
      <translation>Упућују на њу</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="157" />
      <source>Attached to</source>
      <translation>Придружена уз</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="195" />
      <source>Unit details</source>
      <translation>Подаци о јединици</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="196" />
      <source>Name, kind, head, description, responsibilities and related units</source>
      <translation>Назив, врста, руководилац, опис, надлежности и повезане јединице</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="217" />
      <source>No organization is open: open a file ({open}) or drop one on the window.</source>
      <translation>Ниједна организација није отворена: отворите датотеку ({open}) или је превуците на прозор.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/detail_pane.py" line="220" />
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
      <location filename="../../orgexplorer/ui/export_controller.py" line="99" />
      <source>Stop exporting; nothing is written</source>
      <extracomment>What to run: given a progress callback, write the file and say how it went.</extracomment>
      <translation>Прекини извоз; ништа се не уписује</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_controller.py" line="99" />
      <source>Export progress</source>
      <translation>Ток извоза</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_controller.py" line="119" />
      <source>Exporting {name}…</source>
      <translation>Извози се {name}…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_controller.py" line="150" />
      <source>Exporting {name} was cancelled; nothing was written</source>
      <translation>Извоз датотеке {name} је прекинут; ништа није уписано</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_controller.py" line="152" />
      <source>Export failed</source>
      <translation>Извоз није успео</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_controller.py" line="154" />
      <source>Exported {name}</source>
      <translation>Извезено: {name}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_controller.py" line="160" />
      <source>Exported with warnings</source>
      <translation>Извезено уз упозорења</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_controller.py" line="218" />
      <source>Laying out the chart for printing…</source>
      <translation>Распоређивање шеме за штампу…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_controller.py" line="224" />
      <source>Printing failed</source>
      <translation>Штампање није успело</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="58" />
      <source>PDF chart (vector, printable)</source>
      <translation>PDF шема (векторска, за штампу)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="59" />
      <source>SVG chart (vector)</source>
      <translation>SVG шема (векторска)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="60" />
      <source>PNG image</source>
      <translation>PNG слика</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="61" />
      <source>Unit directory (PDF)</source>
      <translation>Именик јединица (PDF)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="62" />
      <source>Unit directory (HTML)</source>
      <translation>Именик јединица (HTML)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="63" />
      <source>Units for spreadsheets (CSV)</source>
      <translation>Јединице за табеле (CSV)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="64" />
      <source>Units for spreadsheets (Excel workbook)</source>
      <translation>Јединице за табеле (Excel радна свеска)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="84" />
      <source>Export chart</source>
      <translation>Извоз шеме</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="97" />
      <source>Names</source>
      <translation>Називи</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="97" />
      <source>Names and heads</source>
      <translation>Називи и руководиоци</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="97" />
      <source>Names, heads and responsibilities</source>
      <translation>Називи, руководиоци и надлежности</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="101" />
      <source>Top down</source>
      <translation>Одозго надоле</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="101" />
      <source>Left to right</source>
      <translation>Слева надесно</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="102" />
      <source>List leaf subunits in a column</source>
      <translation>Крајње јединице у колони</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="104" />
      <source>The whole organization</source>
      <translation>Цела организација</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="106" />
      <source>{unit} and the units below it</source>
      <translation>{unit} и јединице испод ње</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="109" />
      <source>All levels</source>
      <translation>Сви нивои</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="114" />
      <source>Automatic</source>
      <translation>Аутоматски</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="114" />
      <source>Landscape</source>
      <translation>Положено</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="114" />
      <source>Portrait</source>
      <translation>Усправно</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="117" />
      <source>Fit to one page</source>
      <translation>На једну страну</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="117" />
      <source>Poster: tile across pages</source>
      <translation>Плакат: на више страна</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="117" />
      <source>Book: each branch legible</source>
      <translation>Књига: свака грана читљива</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="123" />
      <source> × (1.0: 9 pt names)</source>
      <translation> × (1,0: називи од 9 pt)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="126" />
      <source>&amp;Format:</source>
      <translation>&amp;Формат:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="127" />
      <source>&amp;Boxes show:</source>
      <translation>&amp;Поља приказују:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="128" />
      <source>&amp;Direction:</source>
      <translation>&amp;Смер:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="130" />
      <source>&amp;Units:</source>
      <translation>&amp;Јединице:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="131" />
      <source>&amp;Levels:</source>
      <translation>&amp;Нивои:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="132" />
      <source>&amp;Paper:</source>
      <translation>Па&amp;пир:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="133" />
      <source>&amp;Orientation:</source>
      <translation>&amp;Оријентација:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="134" />
      <source>Pa&amp;ges:</source>
      <translation>С&amp;тране:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="136" />
      <source>Chart &amp;scale:</source>
      <translation>&amp;Размера шеме:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="142" />
      <source>Preview of the first page</source>
      <translation>Преглед прве стране</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="161" />
      <source>&amp;Export…</source>
      <translation>&amp;Извези…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="239" />
      <source>The unit directory: every unit with its head, responsibilities and relations.</source>
      <translation>Именик јединица: свака јединица са руководиоцем, надлежностима и везама.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="244" />
      <source>A CSV holds the units, one row each, for spreadsheets: it has no place for what the file says of the whole organization, so its name, source and glossary are not kept.</source>
      <translation>CSV садржи јединице, сваку у свом реду, за табеле: нема места за оно што датотека каже о целој организацији, па се њен назив, извор и речник скраћеница не чувају.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="249" />
      <source>The workbook holds the units, one row each, and on a second sheet the organization's name, source and glossary: importing it gives the whole organization back.</source>
      <translation>Радна свеска садржи јединице, сваку у свом реду, а на другом листу назив, извор и речник скраћеница организације: увозом се добија цела организација.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/ui/export_dialog.py" line="260" />
      <source>Drawing the preview of %Ln units…</source>
      <translation>
        <numerusform>Црта се преглед %Ln јединице…</numerusform>
        <numerusform>Црта се преглед %Ln јединице…</numerusform>
        <numerusform>Црта се преглед %Ln јединица…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/ui/export_dialog.py" line="305" />
      <source>%Ln units</source>
      <translation>
        <numerusform>%Ln јединица</numerusform>
        <numerusform>%Ln јединице</numerusform>
        <numerusform>%Ln јединица</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/ui/export_dialog.py" line="307" />
      <source>%Ln pages</source>
      <translation>
        <numerusform>%Ln страна</numerusform>
        <numerusform>%Ln стране</numerusform>
        <numerusform>%Ln страна</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="278" />
      <source>How large the chart is drawn, tiled across as many pages as it needs.</source>
      <translation>Колико је шема велика; дели се на онолико страна колико јој треба.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="280" />
      <source>How large each branch's chart is drawn on the book's pages (never under 7 pt text).</source>
      <translation>Колико је велика шема сваке гране на странама књиге (текст никад мањи од 7 pt).</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="281" />
      <source>Fit to one page scales the chart to the page.</source>
      <translation>На једној страни шема се увећава или смањује према страни.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="310" />
      <source>names at {size} pt</source>
      <translation>називи од {size} pt</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="315" />
      <source>Warning: {warning}.</source>
      <translation>Упозорење: {warning}.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="375" />
      <source>Export</source>
      <translation>Извоз</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="383" />
      <source>Export failed</source>
      <translation>Извоз није успео</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/export_dialog.py" line="387" />
      <source>Exported with warnings</source>
      <translation>Извезено уз упозорења</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="51" />
      <source>Id</source>
      <extracomment>What the dialog calls each of the importer's roles (``importer.ROLES`` says which roles there are; a role without words here is shown by its ``--map`` name).</extracomment>
      <translation>Ид</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="52" />
      <source>Parent's id</source>
      <translation>Ид надређене јединице</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="53" />
      <source>Reports to (parent's name)</source>
      <translation>Одговара (назив надређене)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="54" />
      <source>Unit name</source>
      <translation>Назив јединице</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="55" />
      <source>Head (post)</source>
      <translation>Руководилац (функција)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="56" />
      <source>Head's name</source>
      <translation>Име руководиоца</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="57" />
      <source>Kind</source>
      <translation>Врста</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="58" />
      <source>Description</source>
      <translation>Опис</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="59" />
      <source>Responsibilities</source>
      <translation>Надлежности</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="60" />
      <source>Relation (attached)</source>
      <translation>Однос (придружена)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="61" />
      <source>Related units</source>
      <translation>Повезане јединице</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="64" />
      <source>Comma (,)</source>
      <translation>Зарез (,)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="65" />
      <source>Semicolon (;)</source>
      <translation>Тачка-зарез (;)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="66" />
      <source>Tabs (TSV)</source>
      <translation>Табулатори (TSV)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="67" />
      <source>Bar (|)</source>
      <translation>Усправна црта (|)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="124" />
      <source>details</source>
      <translation>подаци</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="135" />
      <source>Import {name}</source>
      <translation>Увоз: {name}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="157" />
      <source>&amp;Import</source>
      <translation>&amp;Увези</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="171" />
      <source>Found from the file</source>
      <translation>Препознат из датотеке</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="176" />
      <source>The character between the columns (--delimiter)</source>
      <translation>Знак између колона (--delimiter)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="179" />
      <source>The workbook's sheet to read (--sheet)</source>
      <translation>Лист радне свеске који се чита (--sheet)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="184" />
      <source>Found from the sheet</source>
      <translation>Пронађен у табели</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="185" />
      <source>The row that names the columns, numbered as in the sheet (--header-row)</source>
      <translation>Ред који именује колоне, с бројем као у табели (--header-row)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="189" />
      <source>&amp;Sheet:</source>
      <translation>&amp;Лист:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="191" />
      <source>&amp;Separator:</source>
      <translation>&amp;Разделник:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="192" />
      <source>&amp;Header row:</source>
      <translation>&amp;Ред заглавља:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="212" />
      <source>The sheet's first rows</source>
      <translation>Први редови листа</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="224" />
      <source>Columns</source>
      <translation>Колоне</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="228" />
      <source>Which column holds each field? &lt;b&gt;Unit name&lt;/b&gt; and a parent (id or name) are needed; columns left over are kept as each unit's details.</source>
      <translation>Која колона садржи које поље? Потребни су &lt;b&gt;Назив јединице&lt;/b&gt; и надређена јединица (id или назив); преостале колоне чувају се као подаци сваке јединице.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="238" />
      <source>The column of this field (--map {role}=HEADER)</source>
      <translation>Колона овог поља (--map {role}=заглавље)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="261" />
      <source>Reading {name}…</source>
      <translation>Чита се {name}…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="293" />
      <source>Found from the file: {separator}</source>
      <translation>Препознат из датотеке: {separator}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="295" />
      <source>Found: row {row}</source>
      <translation>Пронађен: ред {row}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="300" />
      <source>(none)</source>
      <translation>(ниједна)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="308" />
      <source>The first {shown} of {count} rows</source>
      <translation>Првих {shown} редова (укупно редова: {count})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="312" />
      <source>{count} rows</source>
      <translation>Редова: {count}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="341" />
      <source>The file cannot be read as it is: {problem}</source>
      <translation>Датотека не може да се прочита оваква каква је: {problem}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="347" />
      <source>Choose the column that holds the units' names.</source>
      <translation>Изаберите колону с називима јединица.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/import_dialog.py" line="350" />
      <source>Choose the column that says where each unit belongs: its parent's id, or the name it reports to.</source>
      <translation>Изаберите колону која каже где свака јединица припада: id надређене јединице или назив јединице којој одговара.</translation>
    </message>
  </context>
  <context>
    <name>MainActions</name>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="54" />
      <source>&amp;Open…</source>
      <extracomment>The keys README promises where the platform binds none to the standard key (Windows has no Quit). View &gt; Language's items: each language's own name, with a mnemonic no other item of the menu takes (System default's is "d", translated with it).</extracomment>
      <translation>&amp;Отвори…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="55" />
      <source>Open an organization file</source>
      <translation>Отворите датотеку организације</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="60" />
      <source>&amp;Import spreadsheet…</source>
      <translation>&amp;Увези табелу…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="61" />
      <source>Open a CSV or Excel sheet of units (id and parentId, or Name and Reports_To)</source>
      <translation>Отворите CSV или Excel табелу јединица (id и parentId, или Name и Reports_To)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="65" />
      <source>Reloa&amp;d</source>
      <translation>Учитај &amp;поново</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="66" />
      <source>Read the open file again from disk</source>
      <translation>Поново прочитајте отворену датотеку са диска</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="71" />
      <source>&amp;Export chart…</source>
      <translation>&amp;Извези шему…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="72" />
      <source>Export the chart as PDF, SVG or PNG, or the unit directory</source>
      <translation>Извезите шему као PDF, SVG или PNG, или именик јединица</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="77" />
      <source>&amp;Print…</source>
      <translation>Ш&amp;тампај…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="77" />
      <source>Print the chart, with a preview</source>
      <translation>Штампајте шему, уз преглед</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="79" />
      <source>&amp;Quit</source>
      <translation>Из&amp;лаз</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="79" />
      <source>Quit OrgExplorer</source>
      <translation>Затворите OrgExplorer</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="81" />
      <source>&amp;Find…</source>
      <translation>&amp;Пронађи…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="81" />
      <source>Find units by name or function</source>
      <translation>Пронађите јединице по називу или надлежности</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="83" />
      <source>C&amp;lear search</source>
      <translation>&amp;Обриши претрагу</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="83" />
      <source>Clear the search and show the whole tree</source>
      <translation>Обришите претрагу и прикажите цело стабло</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="87" />
      <source>&amp;Details</source>
      <translation>&amp;Подаци</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="87" />
      <source>Show the selected unit's details</source>
      <translation>Прикажи податке о изабраној јединици</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="89" />
      <source>C&amp;hart</source>
      <translation>&amp;Шема</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="89" />
      <source>Show the organization chart</source>
      <translation>Прикажи организациону шему</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="90" />
      <source>Zoom &amp;in</source>
      <translation>У&amp;величај</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="90" />
      <source>Enlarge the chart</source>
      <translation>Увећајте шему</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="91" />
      <source>Zoom &amp;out</source>
      <translation>У&amp;мањи</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="91" />
      <source>Shrink the chart</source>
      <translation>Умањите шему</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="109" />
      <source>System &amp;default</source>
      <translation>Језик &amp;система</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="92" />
      <source>Show the whole chart</source>
      <translation>Прикажи целу шему</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="92" />
      <source>Fi&amp;t chart to window</source>
      <translation>Шема п&amp;о величини прозора</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="93" />
      <source>&amp;Expand all</source>
      <translation>&amp;Рашири све</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="93" />
      <source>Expand every unit</source>
      <translation>Раширите све јединице</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="94" />
      <source>&amp;Collapse all</source>
      <translation>&amp;Скупи све</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="94" />
      <source>Collapse every unit</source>
      <translation>Скупите све јединице</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="96" />
      <source>&amp;Back</source>
      <translation>&amp;Назад</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="97" />
      <source>Go back to the unit selected before</source>
      <translation>Вратите се на претходно изабрану јединицу</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="102" />
      <source>&amp;Forward</source>
      <translation>Н&amp;апред</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="102" />
      <source>Go forward again</source>
      <translation>Идите поново напред</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="104" />
      <source>&amp;About OrgExplorer</source>
      <translation>&amp;О програму OrgExplorer</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="104" />
      <source>About OrgExplorer and the data shown</source>
      <translation>О програму OrgExplorer и приказаним подацима</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="114" />
      <source>Choose the language of the interface</source>
      <translation>Изаберите језик интерфејса</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="118" />
      <source>&amp;File</source>
      <translation>&amp;Датотека</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="126" />
      <source>&amp;Edit</source>
      <translation>&amp;Уређивање</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="128" />
      <source>&amp;View</source>
      <translation>&amp;Приказ</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="139" />
      <source>&amp;Language</source>
      <translation>&amp;Језик</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="142" />
      <source>&amp;Help</source>
      <translation>По&amp;моћ</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="146" />
      <source>Main</source>
      <translation>Главна трака</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/actions.py" line="147" />
      <source>Show or hide the toolbar</source>
      <translation>Прикажите или сакријте траку с алаткама</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../orgexplorer/ui/main_window.py" line="113" />
      <source>&amp;Details</source>
      <translation>&amp;Подаци</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/main_window.py" line="114" />
      <source>C&amp;hart</source>
      <translation>&amp;Шема</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/main_window.py" line="144" />
      <source>Stop opening the file; the organization open now stays</source>
      <translation>Прекини отварање; отворена организација остаје</translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/ui/main_window.py" line="309" />
      <source>%Ln units</source>
      <translation>
        <numerusform>%Ln јединица</numerusform>
        <numerusform>%Ln јединице</numerusform>
        <numerusform>%Ln јединица</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/main_window.py" line="112" />
      <source>Details and chart</source>
      <translation>Подаци и шема</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/main_window.py" line="141" />
      <source>Number of units</source>
      <translation>Број јединица</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/main_window.py" line="265" />
      <source>Opening {name}…</source>
      <translation>Отвара се {name}…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/main_window.py" line="262" />
      <source>Opening was cancelled</source>
      <translation>Отварање је прекинуто</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/main_window.py" line="272" />
      <source>{name} was not opened: see Problems</source>
      <translation>{name} није отворена: погледајте Проблеме</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/main_window.py" line="292" />
      <source>{name} was reloaded</source>
      <translation>{name} је поново учитана</translation>
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
      <translation>уклоњена</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/icons.py" line="91" />
      <source>new</source>
      <translation>нова</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/icons.py" line="92" />
      <source>moved</source>
      <translation>премештена</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/icons.py" line="93" />
      <source>renamed</source>
      <translation>преименована</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/icons.py" line="94" />
      <source>changed</source>
      <translation>измењено</translation>
    </message>
  </context>
  <context>
    <name>MeaningSearch</name>
    <message numerus="yes">
      <location filename="../../orgexplorer/ui/meaning_search.py" line="34" />
      <source>; %Ln of them by meaning</source>
      <translation>
        <numerusform>; од тога %Ln по значењу</numerusform>
        <numerusform>; од тога %Ln по значењу</numerusform>
        <numerusform>; од тога %Ln по значењу</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/meaning_search.py" line="60" />
      <source>Preparing search by meaning…</source>
      <translation>Припрема претраге по значењу…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/meaning_search.py" line="65" />
      <source>Preparing search by meaning</source>
      <translation>Припрема претраге по значењу</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/meaning_search.py" line="68" />
      <source>Cancel</source>
      <translation>Откажи</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/meaning_search.py" line="69" />
      <source>Stop preparing search by meaning; search by words goes on</source>
      <translation>Прекини припрему претраге по значењу; претрага по речима ради и даље</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/meaning_search.py" line="160" />
      <source>Search by meaning is off ({reason}): searching by words only.</source>
      <translation>Претрага по значењу је искључена ({reason}): претражује се само по речима.</translation>
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
      <location filename="../../orgexplorer/ui/preview_pages.py" line="117" />
      <source>Page {page} of {pages}</source>
      <translation>Страна {page} од {pages}</translation>
    </message>
  </context>
  <context>
    <name>PrintPreview</name>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="119" />
      <source>{title}: organizational chart</source>
      <extracomment>Plans the pages of a choice of pages and scale, and draws the first (any thread).</extracomment>
      <translation>{title}: организациона шема</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="152" />
      <source>Print preview</source>
      <translation>Преглед пре штампе</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="179" />
      <source>Pages as they will print</source>
      <translation>Стране како ће бити одштампане</translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/ui/print_preview.py" line="263" />
      <source>%Ln pages</source>
      <translation>
        <numerusform>%Ln страна</numerusform>
        <numerusform>%Ln стране</numerusform>
        <numerusform>%Ln страна</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="197" />
      <source>Fit to one page</source>
      <translation>На једну страну</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="197" />
      <source>Poster: tile across pages</source>
      <translation>Плакат: на више страна</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="197" />
      <source>Book: each branch legible</source>
      <translation>Књига: свака грана читљива</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="206" />
      <source>Pa&amp;ges:</source>
      <translation>С&amp;тране:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="269" />
      <source>Warning: {warning}.</source>
      <translation>Упозорење: {warning}.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="230" />
      <source>Smaller</source>
      <translation>Мање</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="205" />
      <source>A chart book does not mark the changes of compare mode yet</source>
      <translation>Књига шема још не означава промене из режима поређења</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="214" />
      <source> × (1.0: 9 pt names)</source>
      <translation> × (1,0: називи од 9 pt)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="216" />
      <source>Chart &amp;scale:</source>
      <translation>&amp;Размера шеме:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="230" />
      <source>Larger</source>
      <translation>Веће</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="231" />
      <source>Show the pages smaller on the screen (the print stays as it is)</source>
      <translation>Прикажи стране мање на екрану (отисак остаје исти)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="232" />
      <source>Show the pages larger on the screen (the print stays as it is)</source>
      <translation>Прикажи стране веће на екрану (отисак остаје исти)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="241" />
      <source>&amp;Print…</source>
      <translation>Ш&amp;тампај…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="266" />
      <source>names at {size} pt</source>
      <translation>називи од {size} pt</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="277" />
      <source>How large the chart is drawn, tiled across as many pages as it needs.</source>
      <translation>Колико је шема велика; дели се на онолико страна колико јој треба.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="279" />
      <source>How large each branch's chart is drawn on the book's pages (never under 7 pt text).</source>
      <translation>Колико је велика шема сваке гране на странама књиге (текст никад мањи од 7 pt).</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="281" />
      <source>Fit to one page scales the chart to the page.</source>
      <translation>На једној страни шема се увећава или смањује према страни.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="303" />
      <source>Planning the pages…</source>
      <translation>Распоређивање страна…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="327" />
      <source>The pages could not be planned: {reason}</source>
      <translation>Стране нису могле да се распореде: {reason}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="396" />
      <source>The page could not be drawn: {reason}</source>
      <translation>Страна није могла да се исцрта: {reason}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="427" />
      <source>Printing…</source>
      <translation>Штампање…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/ui/print_preview.py" line="435" />
      <source>Printed %Ln pages.</source>
      <translation>
        <numerusform>Одштампана је %Ln страна.</numerusform>
        <numerusform>Одштампане су %Ln стране.</numerusform>
        <numerusform>Одштампано је %Ln страна.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="438" />
      <source>Printing failed: {reason}</source>
      <translation>Штампање није успело: {reason}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/print_preview.py" line="441" />
      <source>Printing was cancelled.</source>
      <translation>Штампање је отказано.</translation>
    </message>
  </context>
  <context>
    <name>Problems</name>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="65" />
      <source>a mapping</source>
      <translation>мапа</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="67" />
      <source>a list</source>
      <translation>листа</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="69" />
      <source>empty</source>
      <translation>празна вредност</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="70" />
      <source>text</source>
      <translation>текст</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="78" />
      <source>the file</source>
      <extracomment>Where a key is, said when a rule is broken (a phrase of its own: "unknown key 'x' in {place}").</extracomment>
      <translation>датотеке</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="82" />
      <source>this unit</source>
      <translation>ове јединице</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="86" />
      <source>unit '{unit}'</source>
      <translation>јединице „{unit}“</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="90" />
      <source>glossary entry '{term}'</source>
      <translation>појма „{term}“ у речнику</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="125" />
      <source>unknown key '{key}' in {place}</source>
      <translation>непознат кључ „{key}“ у оквиру {place}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="129" />
      <source>unknown key '{key}' in {place}; did you mean '{suggestion}'?</source>
      <translation>непознат кључ „{key}“ у оквиру {place}; да ли сте мислили на „{suggestion}“?</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="150" />
      <source>{place} has no '{key}'</source>
      <translation>недостаје кључ „{key}“ {place}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="160" />
      <source>'{key}' must be text, not {what}</source>
      <translation>„{key}“ мора бити текст, а не {what}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="165" />
      <source>'{key}' of {place} is empty</source>
      <translation>кључ „{key}“ {place} нема вредност</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="177" />
      <source>a responsibility contains the invisible character {character}; remove it</source>
      <translation>надлежност садржи невидљиви знак {character}; уклоните га</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="182" />
      <source>'{key}' contains the invisible character {character}; remove it</source>
      <translation>„{key}“ садржи невидљиви знак {character}; уклоните га</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="195" />
      <source>character {position} of the id is the invisible {character}; an id must be visible text (this one looks like '{visible}')</source>
      <translation>знак број {position} у id-у је невидљиви знак {character}; id мора бити видљив текст (овај изгледа као „{visible}“)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="202" />
      <source>character {position} of the name is the invisible {character}: it looks like '{visible}' but is another name</source>
      <translation>знак број {position} у називу је невидљиви знак {character}: назив изгледа као „{visible}“, али је други назив</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="219" />
      <source>'{key}' must be a list, not {what}; start each item with '{dash}' (a dash and a space), in the same column</source>
      <translation>„{key}“ мора бити листа, а не {what}; почните сваку ставку са „{dash}“ (цртица и размак), у истој колони</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="225" />
      <source>'{key}' must be a list, not {what}; write each item on a line of its own below it, starting with '{dash}', or all in brackets: {brackets}</source>
      <translation>„{key}“ мора бити листа, а не {what}; напишите сваку ставку у посебан ред испод кључа, почевши са „{dash}“, или све ставке у угластим заградама: {brackets}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="238" />
      <source>the file is empty; an organization file starts with '{start}'</source>
      <translation>датотека је празна; датотека организације почиње са „{start}“</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="242" />
      <source>the file must be a mapping with '{format}', '{organization}' and '{units}', not {what}</source>
      <translation>датотека мора бити мапа са кључевима „{format}“, „{organization}“ и „{units}“, а не {what}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="252" />
      <source>unknown format '{version}'; this version of OrgExplorer reads '{format}'</source>
      <translation>непознат формат „{version}“; ова верзија програма OrgExplorer чита формат „{format}“</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="261" />
      <source>the file has no '{key}'</source>
      <translation>датотека нема „{key}“</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="266" />
      <source>'{key}' is empty; an organization has at least one unit</source>
      <translation>„{key}“ је празно; организација има бар једну јединицу</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="279" />
      <source>'{key}' must be a mapping, not {what}</source>
      <translation>„{key}“ мора бити мапа, а не {what}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="308" />
      <source>a unit must be a mapping with '{id}' and '{name}', not {what}</source>
      <translation>јединица мора бити мапа са кључевима „{id}“ и „{name}“, а не {what}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="332" />
      <source>duplicate unit id '{unit}' (first used at line {line}, column {column})</source>
      <translation>id јединице „{unit}“ се понавља (први пут употребљен у реду {line}, колона {column})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="378" />
      <source>the name of {place}</source>
      <translation>назива {place}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="381" />
      <source>'{tag}' is not a language tag such as '{en}', '{latin}' or '{cyrillic}'</source>
      <translation>„{tag}“ није ознака језика као што су „{en}“, „{latin}“ или „{cyrillic}“</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="394" />
      <source>'{key}' of {place} gives no name</source>
      <translation>кључ „{key}“ {place} не наводи ниједан назив</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="405" />
      <source>the head of {place}</source>
      <translation>руководиоца {place}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="440" />
      <source>a responsibility must be text, not {what}</source>
      <translation>надлежност мора бити текст, а не {what}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="453" />
      <source>'{key}' must be a mapping of labels to text, not {what}</source>
      <translation>„{key}“ мора бити мапа назива података и текста, а не {what}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="457" />
      <source>detail '{label}' of {place}</source>
      <translation>податка „{label}“ {place}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="474" />
      <source>'{key}' holds unit ids, not {what}</source>
      <translation>„{key}“ садржи id-ове јединица, а не {what}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="501" />
      <source>'{key}' names '{unit}', which is no unit in this file</source>
      <translation>„{key}“ наводи „{unit}“, а такве јединице нема у овој датотеци</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="505" />
      <source>'{key}' names '{unit}', which is no unit in this file; did you mean '{suggestion}'?</source>
      <translation>„{key}“ наводи „{unit}“, а такве јединице нема у овој датотеци; да ли сте мислили на „{suggestion}“?</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="511" />
      <source>'{key}' names the unit itself ('{unit}')</source>
      <translation>„{key}“ наводи саму јединицу („{unit}“)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/content.py" line="518" />
      <source>'{key}' names '{unit}' twice</source>
      <translation>„{key}“ наводи „{unit}“ двапут</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/encoding.py" line="41" />
      <source>the file is UTF-32 encoded; save it as UTF-8</source>
      <translation>датотека је у кодирању UTF-32; сачувајте је као UTF-8</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/encoding.py" line="47" />
      <source>the file is not valid UTF-16 text ({reason}); save it as UTF-8</source>
      <translation>датотека није исправан UTF-16 текст (Python: {reason}); сачувајте је као UTF-8</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/encoding.py" line="63" />
      <source>this is a binary file, not YAML text (it contains a NUL byte)</source>
      <translation>ово је бинарна датотека, а не YAML текст (садржи бајт NUL)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/encoding.py" line="81" />
      <source>the file is not UTF-8 but {encoding} (its letters {letters} say so); it was read as {encoding}: check the names, and save it as UTF-8 to be sure</source>
      <translation>датотека није у кодирању UTF-8 него {encoding} (на то указују слова {letters}); прочитана је као {encoding}: проверите називе и сачувајте је као UTF-8 да бисте били сигурни</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/encoding.py" line="127" />
      <source>the file is not valid UTF-8 text (byte {byte} cannot be decoded); save it as UTF-8</source>
      <extracomment>The legacy encodings a Serbian (or Croatian, Bosnian, Slovene) spreadsheet is saved in on Windows, each with the letters beyond ASCII its language needs, and whether they share words with ASCII letters (Latin: "Šić"; Cyrillic never: the same bytes read as Cyrillic give "Љiж"). A file is taken to be in one when every character beyond ASCII it decodes to is one of those letters or common typography, its words are of one script where they must be, and no other encoding fits as well.</extracomment>
      <translation>датотека није исправан UTF-8 текст (бајт {byte} не може да се декодира); сачувајте је као UTF-8</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/encoding.py" line="131" />
      <source>the file is not valid UTF-8 text (byte {byte} cannot be decoded); it looks like {encoding} (its letters {letters} say so): save it as UTF-8</source>
      <translation>датотека није исправан UTF-8 текст (бајт {byte} не може да се декодира); изгледа да је у кодирању {encoding} (на то указују слова {letters}): сачувајте је као UTF-8</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/encoding.py" line="156" />
      <source>a byte-order mark ({character}) inside the file; remove it</source>
      <translation>ознака редоследа бајтова ({character}) усред датотеке; уклоните је</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/files.py" line="49" />
      <source>cannot read the file: there is no such file</source>
      <extracomment>Checks that the file at a path is complete; raises OutputError when it is not.</extracomment>
      <translation>датотека не може да се прочита: не постоји</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/files.py" line="51" />
      <source>cannot read the file: permission denied</source>
      <translation>датотека не може да се прочита: нема дозволе за читање</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/files.py" line="53" />
      <source>cannot read the file: it is a folder</source>
      <translation>датотека не може да се прочита: то је фасцикла</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/files.py" line="54" />
      <source>cannot read the file: {reason}</source>
      <translation>датотека не може да се прочита: {reason}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/files.py" line="348" />
      <source>a pipe (FIFO)</source>
      <translation>цев (FIFO)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/files.py" line="350" />
      <source>a device</source>
      <translation>уређај</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/files.py" line="352" />
      <source>a socket</source>
      <translation>утичница</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/files.py" line="353" />
      <source>not a regular file</source>
      <translation>посебна датотека</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/files.py" line="358" />
      <source>this is a folder, not a file</source>
      <translation>ово је фасцикла, а не датотека</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/files.py" line="359" />
      <source>this is {kind}, not a regular file; save the data to a file and open that</source>
      <translation>ово је {kind}, а не обична датотека; сачувајте податке у датотеку и отворите њу</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/files.py" line="374" />
      <source>the file is {size:,.1f} MiB, more than the limit of {limit:,.0f} MiB</source>
      <translation>датотека има {size} MiB, више од ограничења од {limit} MiB</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/files.py" line="417" />
      <source>the file grew past the limit of {limit:,.0f} MiB while it was read</source>
      <translation>датотека је током читања нарасла преко ограничења од {limit} MiB</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/delimiter.py" line="27" />
      <source>tab</source>
      <extracomment>The separators looked for, with the names the user gives them by (``--delimiter tab``).</extracomment>
      <translation>табулатор</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/delimiter.py" line="78" />
      <source>the first row is one column, and none of , ; tab | separates it (it has {shown})</source>
      <translation>први ред је једна колона и не дели га ниједан од знакова , ; табулатор | (садржи {shown})</translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/model/delimiter.py" line="87" />
      <source>both {first} and {second} split the rows into %n columns</source>
      <translation>
        <numerusform>и {first} и {second} деле редове на %n колону</numerusform>
        <numerusform>и {first} и {second} деле редове на %n колоне</numerusform>
        <numerusform>и {first} и {second} деле редове на %n колона</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/importer.py" line="145" />
      <source>sheet '{sheet}', row {row}: '{field}' is no field; the fields are {fields} (left out)</source>
      <translation>лист „{sheet}“, ред {row}: „{field}“ није поље; поља су {fields} (изостављено)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/importer.py" line="157" />
      <source>sheet '{sheet}', row {row}: a glossary row without its term (left out)</source>
      <translation>лист „{sheet}“, ред {row}: ред речника без појма (изостављен)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/importer.py" line="162" />
      <source>sheet '{sheet}', row {row}: the term '{term}' again (row {kept} kept)</source>
      <translation>лист „{sheet}“, ред {row}: појам „{term}“ поново (задржан је ред {kept})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/importer.py" line="75" />
      <source>the column separator could not be determined: {doubt}; set it: {option} on the command line, or Separator in the window's Import spreadsheet</source>
      <extracomment>Each role and the headers that claim it (compared without case, spaces, dashes, underscores or dots, in either Serbian script, without diacritics: ``_normal``). An HR system's own number for a person or a post is the id (Employee ID, Personnel number, Šifra, ID radnika), not a detail beside ids made from names. Serbian HR systems' headers too (Naziv, Nadređeni, Radno mesto), as folded (đ is "dj"). A column of names in one language (``name:sr-Latn``, as export writes them): matched as the role ``name:TAG`` beside ``ROLES``; the units it names get their names by language. An .xlsx workbook may hold, beside its sheet of units, a sheet of this name with what the file says of the whole organization (``orgexplorer export -o units.xlsx`` writes one): a header row of ``ORGANIZATION_COLUMNS``, then a row per field: its name, a glossary row's term, and the text. A CSV whose rows do not tell their column separator: the window's import dialog lets the user set it.</extracomment>
      <translation>разделник колона није могао да се одреди: {doubt}; задајте га: опцијом {option} на командној линији или пољем Разделник у прозору Увоз табеле</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/importer.py" line="216" />
      <source>not a readable CSV file: {reason}</source>
      <translation>CSV датотека не може да се прочита (Python: {reason})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/importer.py" line="220" />
      <source>the file is empty; the first row names the columns ({columns})</source>
      <translation>датотека је празна; први ред садржи називе колона ({columns})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/importer.py" line="227" />
      <source>with the separator {separator} the first row is one column; it holds {held}: is that the separator?</source>
      <translation>уз разделник {separator} први ред је једна колона; садржи {held}: да ли је то разделник?</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/importer.py" line="266" />
      <source>a cell of {length:,} characters; a value holds at most {limit:,}</source>
      <translation>ћелија је предугачка: број знакова {length}, а вредност може имати највише {limit}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/importer.py" line="284" />
      <source>unknown column role '{role}' in the mapping; roles are {roles}</source>
      <translation>непозната улога колоне „{role}“ у додели колона; улоге су: {roles}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/importer.py" line="290" />
      <source>the mapping names column '{header}', which the first row does not have</source>
      <translation>додела колона наводи колону „{header}“, које нема у првом реду</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/importer.py" line="312" />
      <source>no column of unit names: name one '{name}' or map one with {option}</source>
      <translation>нема колоне с називима јединица: назовите једну „{name}“ или је доделите опцијом {option}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/importer.py" line="315" />
      <source>no column of parents: name one '{parent}' or '{reports_to}', or map one with {option}</source>
      <translation>нема колоне с надређеним јединицама: назовите једну „{parent}“ или „{reports_to}“ или је доделите опцијом {option}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/model/importer.py" line="348" />
      <source>a value in column {column}, which has no header in the header row (row {header_row}), is left out (and in %Ln more rows); name the column to import it</source>
      <translation>
        <numerusform>вредност у колони {column}, која нема заглавље у реду заглавља (ред {header_row}), изостављена је (као и у још %Ln реду); дајте колони назив да бисте је увезли</numerusform>
        <numerusform>вредност у колони {column}, која нема заглавље у реду заглавља (ред {header_row}), изостављена је (као и у још %Ln реда); дајте колони назив да бисте је увезли</numerusform>
        <numerusform>вредност у колони {column}, која нема заглавље у реду заглавља (ред {header_row}), изостављена је (као и у још %Ln редова); дајте колони назив да бисте је увезли</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/importer.py" line="354" />
      <source>a value in column {column}, which has no header in the header row (row {header_row}), is left out; name the column to import it</source>
      <translation>вредност у колони {column}, која нема заглавље у реду заглавља (ред {header_row}), изостављена је; дајте колони назив да бисте је увезли</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/importer.py" line="590" />
      <source>the name '{name}' is none of this row's names by language ({tags}); say its language in its column's header (name:sr-Latn, name:en, ...), or leave the cell empty</source>
      <translation>назив „{name}“ није ниједан од назива овог реда по језицима ({tags}); наведите његов језик у заглављу колоне (наме:ср-Латн, наме:ен, ...) или оставите ћелију празну</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/importer.py" line="402" />
      <source>the first row names '{header}' twice (columns {first} and {second})</source>
      <translation>први ред двапут наводи „{header}“ (колоне {first} и {second})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/importer.py" line="437" />
      <source>duplicate id '{unit}' (first in row {row})</source>
      <translation>id „{unit}“ се понавља (први пут у реду {row})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/importer.py" line="455" />
      <source>parent '{parent}' is no id or name in this file</source>
      <translation>надређена јединица „{parent}“ није ни id ни назив у овој датотеци</translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/model/importer.py" line="459" />
      <source>parent '{parent}' is no id, and the name of %n rows ({rows}); give each an id</source>
      <translation>
        <numerusform>надређена јединица „{parent}“ није id, а као назив се јавља у %n реду ({rows}); доделите сваком од њих id</numerusform>
        <numerusform>надређена јединица „{parent}“ није id, а као назив се јавља у %n реда ({rows}); доделите сваком од њих id</numerusform>
        <numerusform>надређена јединица „{parent}“ није id, а као назив се јавља у %n редова ({rows}); доделите сваком од њих id</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/importer.py" line="473" />
      <source>reports to '{name}', which is no name in this file</source>
      <translation>одговара јединици „{name}“, а таквог назива нема у овој датотеци</translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/model/importer.py" line="477" />
      <source>reports to '{name}', which names %n rows; give each an id</source>
      <translation>
        <numerusform>одговара јединици „{name}“, а тај назив се јавља у %n реду; доделите сваком од њих id</numerusform>
        <numerusform>одговара јединици „{name}“, а тај назив се јавља у %n реда; доделите сваком од њих id</numerusform>
        <numerusform>одговара јединици „{name}“, а тај назив се јавља у %n редова; доделите сваком од њих id</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/importer.py" line="493" />
      <source>a second top unit (rows {rows} have no parent); an import has one top</source>
      <translation>друга јединица највишег нивоа (редови {rows} немају надређену јединицу); увоз има само једну јединицу највишег нивоа</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/importer.py" line="499" />
      <source>a cycle of parents: {cycle} → {first}</source>
      <translation>надређене јединице чине круг: {cycle} → {first}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/importer.py" line="254" />
      <source>the sheet has no rows of units: only its first row, which names the columns</source>
      <translation>лист нема редове с јединицама: има само први ред, са називима колона</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/loader.py" line="168" />
      <source>unexpected failure while importing: {reason}</source>
      <translation>неочекивана грешка при увозу (Python: {reason})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/loader.py" line="214" />
      <source>loading was cancelled</source>
      <translation>учитавање је прекинуто</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/loader.py" line="218" />
      <source>unexpected failure while reading: {reason}</source>
      <translation>неочекивана грешка при читању (Python: {reason})</translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/model/problems.py" line="51" />
      <source>stopped after %Ln problems</source>
      <translation>
        <numerusform>читање је заустављено после %Ln проблема</numerusform>
        <numerusform>читање је заустављено после %Ln проблема</numerusform>
        <numerusform>читање је заустављено после %Ln проблема</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/xlsx.py" line="41" />
      <source>reading .xlsx needs the openpyxl package: {command}</source>
      <translation>за читање .xlsx датотека потребан је пакет openpyxl: {command}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/xlsx.py" line="48" />
      <source>not a readable .xlsx file: it is not a zip archive ({reason})</source>
      <translation>.xlsx датотека не може да се прочита: није зип архива (Python: {reason})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/xlsx.py" line="52" />
      <source>the .xlsx file unpacks to {size:,.1f} MiB, more than the limit of {limit:,.0f} MiB</source>
      <translation>распакована .xlsx датотека има {size} MiB, више од ограничења од {limit} MiB</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/xlsx.py" line="60" />
      <source>not a readable .xlsx file: a part of it is damaged or missing ({reason})</source>
      <translation>.xlsx датотека не може да се прочита: неки њен део је оштећен или недостаје (openpyxl: {reason})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/xlsx.py" line="67" />
      <source>not a readable .xlsx file: it has no worksheet</source>
      <translation>.xlsx датотека не може да се прочита: нема ниједан радни лист</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/xlsx.py" line="98" />
      <source>the sheet is empty; the first row names the columns ({columns})</source>
      <translation>лист је празан; први ред садржи називе колона ({columns})</translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/model/xlsx.py" line="128" />
      <source>the workbook has %n sheets; the first, '{first}', was read, not {others} (choose one with {option}, or in the window's import)</source>
      <translation>
        <numerusform>радна свеска има %n лист; прочитан је први, „{first}“, а не {others} (лист бирате опцијом {option} или при увозу у прозору)</numerusform>
        <numerusform>радна свеска има %n листа; прочитан је први, „{first}“, а не {others} (лист бирате опцијом {option} или при увозу у прозору)</numerusform>
        <numerusform>радна свеска има %n листова; прочитан је први, „{first}“, а не {others} (лист бирате опцијом {option} или при увозу у прозору)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/xlsx.py" line="140" />
      <source>the workbook has no sheet '{sheet}'; its sheets are {sheets}</source>
      <translation>радна свеска нема лист „{sheet}“; њени листови су {sheets}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/xlsx.py" line="159" />
      <source>not a readable .xlsx file: its sheet '{sheet}' is damaged ({reason})</source>
      <translation>.xlsx датотека не може да се прочита: њен лист „{sheet}“ је оштећен (openpyxl: {reason})</translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/model/xlsx.py" line="175" />
      <source>the sheet claims %Ln columns ({claim}), more than the limit of {limit:,}</source>
      <translation>
        <numerusform>лист наводи %Ln колону ({claim}), више од ограничења од {limit}</numerusform>
        <numerusform>лист наводи %Ln колоне ({claim}), више од ограничења од {limit}</numerusform>
        <numerusform>лист наводи %Ln колона ({claim}), више од ограничења од {limit}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/model/xlsx.py" line="180" />
      <source>the sheet claims %Ln rows ({claim}), more than the limit of {limit:,}</source>
      <translation>
        <numerusform>лист наводи %Ln ред ({claim}), више од ограничења од {limit}</numerusform>
        <numerusform>лист наводи %Ln реда ({claim}), више од ограничења од {limit}</numerusform>
        <numerusform>лист наводи %Ln редова ({claim}), више од ограничења од {limit}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/xlsx.py" line="185" />
      <source>the sheet claims {rows:,} rows of {columns:,} columns ({claim}): {cells:,} cells, more than the limit of {limit:,}</source>
      <translation>лист наводи опсег {claim}: редова {rows}, колона {columns}, укупно ћелија {cells}, више од ограничења од {limit}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/xlsx.py" line="218" />
      <source>the sheet has more than the limit of {limit:,} rows</source>
      <translation>лист има више редова него што ограничење дозвољава ({limit})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/xlsx.py" line="222" />
      <source>a cell in column {column:,}, more than the limit of {limit:,} columns</source>
      <translation>ћелија у колони {column}, иза последње дозвољене колоне (ограничење: {limit})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/xlsx.py" line="229" />
      <source>the sheet has more than the limit of {limit:,} cells</source>
      <translation>лист има више ћелија него што ограничење дозвољава ({limit})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/xlsx.py" line="271" />
      <source>sheet '{sheet}', cell {cell}: the formula {formula} has no stored result; its text is kept as the value (open and save the file in a spreadsheet program to store results)</source>
      <translation>лист „{sheet}“, ћелија {cell}: формула {formula} нема сачуван резултат; као вредност је задржан њен текст (отворите и сачувајте датотеку у програму за табеле да би се резултати сачували)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="136" />
      <source>not valid YAML</source>
      <translation>није исправан YAML</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="138" />
      <source>YAML syntax: {problem}</source>
      <translation>грешка у YAML синтакси (PyYAML: {problem})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="141" />
      <source>YAML syntax: {problem} ({context} at line {line}, column {column})</source>
      <translation>грешка у YAML синтакси (PyYAML: {problem}; {context}: ред {line}, колона {column})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="147" />
      <source>YAML syntax: {problem} ({context})</source>
      <translation>грешка у YAML синтакси (PyYAML: {problem}; {context})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="171" />
      <source>the quote ({quote}) that starts this value is never closed: end the value with {quote} on the same line</source>
      <translation>наводник ({quote}) којим почиње ова вредност нигде се не затвара: завршите вредност знаком {quote} у истом реду</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="184" />
      <source>the '{opening}' here is never closed: end it with '{closing}' on the same line, its items separated by commas</source>
      <translation>заграда „{opening}“ овде се нигде не затвара: затворите је знаком „{closing}“ у истом реду, а ставке одвојите зарезима</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="192" />
      <source>a value cannot start with '{sign}' in YAML: put the value in quotes</source>
      <translation>у YAML-у вредност не може да почне знаком „{sign}“: ставите вредност под наводнике</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="208" />
      <source>a colon and a space ('{colon}') where no key can start: if they are part of the text, put the text in quotes</source>
      <translation>двотачка и размак („{colon}“) на месту где не може да почне кључ: ако су део текста, ставите текст под наводнике</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="227" />
      <source>this line is indented with a tab: YAML indents with spaces only; replace the tab with spaces</source>
      <translation>овај ред је увучен табулатором: YAML увлачи редове само размацима; замените табулатор размацима</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="233" />
      <source>a tab character: YAML separates keys and values with spaces only; replace the tab with a space</source>
      <translation>знак табулатора: YAML одваја кључеве и вредности само размацима; замените табулатор размаком</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="245" />
      <source>YAML keeps '{character}' for itself at the start of a value: put the value in quotes ({quoted})</source>
      <translation>YAML знак „{character}“ на почетку вредности сматра својим посебним знаком: ставите вредност под наводнике ({quoted})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="255" />
      <source>'{sequence}' in double quotes is no escape (YAML reads a backslash there as the start of one, such as {example}): put the value in single quotes, or write the backslash twice ({twice})</source>
      <translation>„{sequence}“ под двоструким наводницима није излазна секвенца (YAML ту обрнуту косу црту чита као почетак секвенце, као у {example}): ставите вредност под једноструке наводнике или напишите обрнуту косу црту двапут ({twice})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="269" />
      <source>'{text}' needs a space after the colon: a key is followed by a colon and a space ('{written}')</source>
      <translation>у „{text}“ недостаје размак после двотачке: после кључа долазе двотачка и размак („{written}“)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="276" />
      <source>'{text}' is not a key and its value: write the key, a colon and a space, then the value ('{example}'); if it continues the text of the line above, indent it further than that line's key</source>
      <translation>„{text}“ није кључ са вредношћу: напишите кључ, двотачку и размак, па вредност („{example}“); ако је то наставак текста из реда изнад, увуците га више од кључа тог реда</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="283" />
      <source>'{text}' is not a key and its value: write the key, a colon and a space, then the value; if it continues the text of the line above, indent it further than that line's key</source>
      <translation>„{text}“ није кључ са вредношћу: напишите кључ, двотачку и размак, па вредност; ако је то наставак текста из реда изнад, увуците га више од кључа тог реда</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="296" />
      <source>a list item ('-') cannot follow '{key}:' on the same line: put each item on a line of its own below '{key}:', indented further</source>
      <translation>ставка листе („-“) не може да стоји у истом реду после „{key}:“: ставите сваку ставку у посебан ред испод „{key}:“, увучену више</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="315" />
      <source>the value of '{key}' holds a colon and a space ('{colon}'), which YAML reads as a new key: put the value in quotes ({key}: {quoted})</source>
      <translation>вредност кључа „{key}“ садржи двотачку и размак („{colon}“), које YAML чита као почетак новог кључа: ставите вредност под наводнике ({key}: {quoted})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="331" />
      <source>the quote ({quote}) that starts this value is not closed on its line, so the text runs on to line {line}: end the value with {quote}</source>
      <translation>наводник ({quote}) којим почиње ова вредност није затворен у свом реду, па се текст наставља све до реда {line}: завршите вредност знаком {quote}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="345" />
      <source>text after the closing quote ({quote}): the quotes hold the whole value or none of it; put them around all of it, or leave them out</source>
      <translation>текст после наводника који затвара вредност ({quote}): наводници обухватају целу вредност или ништа од ње; ставите их око целе вредности или их изоставите</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="368" />
      <source>a list item's '-' needs a space after it: write '- ' and then the item</source>
      <translation>после цртице („-“) ставке листе мора да стоји размак: напишите „- “, па ставку</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="377" />
      <source>this line is indented further than line {above} above it: {owner} start in the same column; move '{key}' to column {column} (if the line continues the value of '{previous}', put that whole value in quotes instead)</source>
      <translation>овај ред је увучен више од реда {above} изнад њега: {owner} почињу у истој колони; преместите „{key}“ у колону {column} (ако ред наставља вредност кључа „{previous}“, уместо тога ставите целу ту вредност под наводнике)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="384" />
      <source>this line is indented further than line {above} above it: {owner} start in the same column; move this line to column {column} (if the line continues the value of '{previous}', put that whole value in quotes instead)</source>
      <translation>овај ред је увучен више од реда {above} изнад њега: {owner} почињу у истој колони; преместите овај ред у колону {column} (ако ред наставља вредност кључа „{previous}“, уместо тога ставите целу ту вредност под наводнике)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="418" />
      <source>this list item ('-') stands among the keys of line {keys}: the items of one list start in the same column (column {column}, as on line {example}); a new list starts on the line after a key that ends with ':'</source>
      <translation>ова ставка листе („-“) стоји међу кључевима из реда {keys}: ставке једне листе почињу у истој колони (у колони {column}, као у реду {example}); нова листа почиње у реду после кључа који се завршава двотачком („:“)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="425" />
      <source>this list item ('-') is in column {at}, which lines up with no list above it: the items of one list start in the same column (column {column}, as on line {example})</source>
      <translation>ова ставка листе („-“) је у колони {at}, која се не поклапа ни са једном листом изнад: ставке једне листе почињу у истој колони (у колони {column}, као у реду {example})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="436" />
      <source>'{key}' stands in the column of the list items ('-') of line {items}: a key cannot stand among a list's items; write '- ' before it if it starts a new item, or move it to column {column} (as on line {example}) if it belongs with the keys there</source>
      <translation>„{key}“ стоји у колони ставки листе („-“) из реда {items}: кључ не може да стоји међу ставкама листе; напишите „- “ испред њега ако почиње нову ставку или га преместите у колону {column} (као у реду {example}) ако припада тамошњим кључевима</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="443" />
      <source>this line stands in the column of the list items ('-') of line {items}: a key cannot stand among a list's items; write '- ' before it if it starts a new item, or move it to column {column} (as on line {example}) if it belongs with the keys there</source>
      <translation>овај ред стоји у колони ставки листе („-“) из реда {items}: кључ не може да стоји међу ставкама листе; напишите „- “ испред њега ако почиње нову ставку или га преместите у колону {column} (као у реду {example}) ако припада тамошњим кључевима</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="452" />
      <source>'{key}' is in column {at}, which lines up with no line above it: {owner} start in the same column; move it to column {column} (as on line {example})</source>
      <translation>„{key}“ је у колони {at}, која се не поклапа ни са једним редом изнад: {owner} почињу у истој колони; преместите га у колону {column} (као у реду {example})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="458" />
      <source>this line is in column {at}, which lines up with no line above it: {owner} start in the same column; move it to column {column} (as on line {example})</source>
      <translation>овај ред је у колони {at}, која се не поклапа ни са једним редом изнад: {owner} почињу у истој колони; преместите га у колону {column} (као у реду {example})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="469" />
      <source>the keys of one mapping</source>
      <translation>кључеви једне мапе</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="483" />
      <source>the keys of one unit ({keys})</source>
      <translation>кључеви једне јединице ({keys})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="485" />
      <source>the keys of a head ({keys})</source>
      <translation>кључеви руководиоца ({keys})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="487" />
      <source>the terms of the glossary</source>
      <translation>појмови речника</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="488" />
      <source>the keys under '{key}'</source>
      <translation>кључеви испод „{key}“</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlerrors.py" line="491" />
      <source>the file's keys ({keys})</source>
      <translation>кључеви датотеке ({keys})</translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/model/yamlread.py" line="271" />
      <source>nesting deeper than %n levels; reading stopped</source>
      <extracomment>The libyaml parser where PyYAML was built with it; the pure-Python one otherwise. Only the parser part of either loader is used (events), never its constructor. Plain scalars that YAML 1.2 reads as "no value". Explicit tags that change nothing for a file of text, lists and mappings.</extracomment>
      <translation>
        <numerusform>угнежђеност дубља од %n нивоа; читање је заустављено</numerusform>
        <numerusform>угнежђеност дубља од %n нивоа; читање је заустављено</numerusform>
        <numerusform>угнежђеност дубља од %n нивоа; читање је заустављено</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlread.py" line="292" />
      <source>aliases ({alias}) are not allowed in organization files; write the value out (text that starts with '{sign}' goes in quotes)</source>
      <translation>алијаси ({alias}) нису дозвољени у датотекама организације; напишите вредност у целини (текст који почиње знаком „{sign}“ ставља се под наводнике)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlread.py" line="307" />
      <source>a second YAML document; an organization file holds one</source>
      <translation>други YAML документ; датотека организације садржи само један</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlread.py" line="346" />
      <source>an escaped surrogate ({escapes}) is not a character</source>
      <translation>сурогатни код ({escapes}) записан излазном секвенцом није знак</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlread.py" line="350" />
      <source>a value of {length:,} characters (at most {limit:,})</source>
      <translation>вредност је предугачка: број знакова {length} (највише {limit})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlread.py" line="361" />
      <source>anchors ({anchor}) are not allowed in organization files</source>
      <translation>сидра ({anchor}) нису дозвољена у датотекама организације</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlread.py" line="366" />
      <source>the tag {tag} is not allowed: an organization file holds plain text</source>
      <translation>ознака типа {tag} није дозвољена: датотека организације садржи само обичан текст</translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/model/yamlread.py" line="369" />
      <source>the file has more than %Ln values; reading stopped</source>
      <translation>
        <numerusform>датотека има више од %Ln вредности; читање је заустављено</numerusform>
        <numerusform>датотека има више од %Ln вредности; читање је заустављено</numerusform>
        <numerusform>датотека има више од %Ln вредности; читање је заустављено</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlread.py" line="384" />
      <source>duplicate key '{key}' (first at line {line}, column {column}); a key may appear once in a mapping</source>
      <translation>кључ „{key}“ се понавља (први пут у реду {line}, колона {column}); кључ се у мапи сме појавити само једном</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlread.py" line="390" />
      <source>an empty key; keys are words such as '{name}' or '{units}'</source>
      <translation>празан кључ; кључеви су речи као што су „{name}“ или „{units}“</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlread.py" line="393" />
      <source>a key that is not text; keys are words such as '{name}' or '{units}'</source>
      <translation>кључ који није текст; кључеви су речи као што су „{name}“ или „{units}“</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlread.py" line="442" />
      <source>character {character} is not allowed in YAML text</source>
      <translation>знак {character} није дозвољен у YAML тексту</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlread.py" line="445" />
      <source>YAML text: {reason}</source>
      <translation>YAML текст (PyYAML: {reason})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/yamlread.py" line="447" />
      <source>not valid YAML: {reason}</source>
      <translation>није исправан YAML (PyYAML: {reason})</translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/model/writer.py" line="116" />
      <source>unit '{unit}' is {depth} levels below the top; an organization file holds units at most {deepest} levels down (the loader reads at most {nesting} levels of nesting); %Ln more units are deeper still</source>
      <translation>
        <numerusform>јединица „{unit}“ је {depth} нивоа испод врха; датотека организације садржи јединице највише {deepest} нивоа испод врха (учитавање чита највише {nesting} нивоа угнежђености); још %Ln јединица је још дубље</numerusform>
        <numerusform>јединица „{unit}“ је {depth} нивоа испод врха; датотека организације садржи јединице највише {deepest} нивоа испод врха (учитавање чита највише {nesting} нивоа угнежђености); још %Ln јединице су још дубље</numerusform>
        <numerusform>јединица „{unit}“ је {depth} нивоа испод врха; датотека организације садржи јединице највише {deepest} нивоа испод врха (учитавање чита највише {nesting} нивоа угнежђености); још %Ln јединица је још дубље</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/writer.py" line="122" />
      <source>unit '{unit}' is {depth} levels below the top; an organization file holds units at most {deepest} levels down (the loader reads at most {nesting} levels of nesting)</source>
      <translation>јединица „{unit}“ је {depth} нивоа испод врха; датотека организације садржи јединице највише {deepest} нивоа испод врха (учитавање чита највише {nesting} нивоа угнежђености)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/chart/directory.py" line="113" />
      <source>import would read the details {labels} as columns of their own, not as details: rename those details before importing this file</source>
      <extracomment>The header of the column of names in one language (``name:sr-Latn``), as ``importer`` reads it.</extracomment>
      <translation>увоз би податке {labels} прочитао као засебне колоне, а не као податке: преименујте те податке пре увоза ове датотеке</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/header_row.py" line="48" />
      <source>the columns are named in row {row}; what is above it is left out (row {first_row}: '{text}'); choose another row with --header-row N, or Header row in the window's import</source>
      <extracomment>How far down a sheet the header is looked for, and how many rows below a candidate say which columns the data fills.</extracomment>
      <translation>колоне су именоване у реду {row}; оно изнад њега је изостављено (ред {first_row}: „{text}“); други ред изаберите опцијом --header-row Н или пољем „Ред заглавља“ у прозору за увоз</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/header_row.py" line="58" />
      <source>the header row {row} is blank; choose the row that names the columns</source>
      <translation>ред заглавља {row} је празан; изаберите ред који именује колоне</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/model/header_row.py" line="62" />
      <source>the header row {row} is below the sheet's last row ({last}); choose the row that names the columns</source>
      <translation>ред заглавља {row} је испод последњег реда табеле ({last}); изаберите ред који именује колоне</translation>
    </message>
  </context>
  <context>
    <name>ProblemsDock</name>
    <message>
      <location filename="../../orgexplorer/ui/problems_dock.py" line="26" />
      <source>Problems</source>
      <translation>Проблеми</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/problems_dock.py" line="33" />
      <source>&amp;Problems</source>
      <translation>Про&amp;блеми</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/problems_dock.py" line="34" />
      <source>Show or hide the problems of the last file opened</source>
      <translation>Прикажите или сакријте проблеме последње отворене датотеке</translation>
    </message>
  </context>
  <context>
    <name>ProblemsPanel</name>
    <message>
      <location filename="../../orgexplorer/ui/problems_panel.py" line="119" />
      <source>Problems</source>
      <translation>Проблеми</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/problems_panel.py" line="125" />
      <source>Problems in the file</source>
      <translation>Проблеми у датотеци</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/problems_panel.py" line="133" />
      <source>The problem's place in the file</source>
      <translation>Место проблема у датотеци</translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/ui/problems_panel.py" line="163" />
      <source>&lt;b&gt;{path}&lt;/b&gt; is open, with %Ln warnings.</source>
      <translation>
        <numerusform>&lt;b&gt;{path}&lt;/b&gt; је отворена, уз %Ln упозорење.</numerusform>
        <numerusform>&lt;b&gt;{path}&lt;/b&gt; је отворена, уз %Ln упозорења.</numerusform>
        <numerusform>&lt;b&gt;{path}&lt;/b&gt; је отворена, уз %Ln упозорења.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/ui/problems_panel.py" line="165" />
      <source>&lt;b&gt;{path}&lt;/b&gt; could not be opened: %Ln errors.</source>
      <translation>
        <numerusform>&lt;b&gt;{path}&lt;/b&gt; није отворена: %Ln грешка.</numerusform>
        <numerusform>&lt;b&gt;{path}&lt;/b&gt; није отворена: %Ln грешке.</numerusform>
        <numerusform>&lt;b&gt;{path}&lt;/b&gt; није отворена: %Ln грешака.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/problems_panel.py" line="167" />
      <source>{organization} stays open.</source>
      <translation>{organization} остаје отворена.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/problems_panel.py" line="193" />
      <source>Binary content (not text): not shown.</source>
      <translation>Бинарни садржај (није текст): не приказује се.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/problems_panel.py" line="196" />
      <source>An .xlsx workbook is a zip archive of parts; the place given is the sheet's row and column.</source>
      <translation>Радна свеска .xlsx је зип архива делова; наведено место је ред и колона листа.</translation>
    </message>
  </context>
  <context>
    <name>QAbstractSpinBox</name>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="124" />
      <source>&amp;Select All</source>
      <translation>&amp;Изабери све</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="125" />
      <source>&amp;Step up</source>
      <translation>&amp;Корак горе</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="126" />
      <source>Step &amp;down</source>
      <translation>Корак &amp;доле</translation>
    </message>
  </context>
  <context>
    <name>QDialogButtonBox</name>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="31" />
      <source>OK</source>
      <translation>У реду</translation>
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
Фасцикла није пронађена.
Проверите да ли је назив фасцикле исправан.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="41" />
      <source>%1
File not found.
Please verify the correct file name was given.</source>
      <translation>%1
Датотека није пронађена.
Проверите да ли је назив датотеке исправан.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="43" />
      <source>%1 already exists.
Do you want to replace it?</source>
      <translation>%1 већ постоји.
Желите ли да је замените?</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="44" />
      <source>&amp;Choose</source>
      <translation>&amp;Изабери</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="45" />
      <source>&amp;Delete</source>
      <translation>&amp;Обриши</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="46" />
      <source>&amp;New Folder</source>
      <translation>&amp;Нова фасцикла</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="47" />
      <source>&amp;Open</source>
      <translation>&amp;Отвори</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="48" />
      <source>&amp;Rename</source>
      <translation>&amp;Преименуј</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="49" />
      <source>&amp;Save</source>
      <translation>&amp;Сачувај</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="50" />
      <source>'%1' is write protected.
Do you want to delete it anyway?</source>
      <translation>„%1“ је заштићена од уписа.
Желите ли ипак да је обришете?</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="51" />
      <source>Alias</source>
      <translation>Алијас</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="52" />
      <source>All Files (*)</source>
      <translation>Све датотеке (*)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="53" />
      <source>All files (*)</source>
      <translation>Све датотеке (*)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="54" />
      <source>Are you sure you want to delete '%1'?</source>
      <translation>Желите ли заиста да обришете „%1“?</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="55" />
      <source>Back</source>
      <translation>Назад</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="56" />
      <source>Change to detail view mode</source>
      <translation>Приказ са појединостима</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="57" />
      <source>Change to list view mode</source>
      <translation>Приказ у листи</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="58" />
      <source>Could not delete directory.</source>
      <translation>Фасцикла није могла да се обрише.</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="59" />
      <source>Create New Folder</source>
      <translation>Направи нову фасциклу</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="60" />
      <source>Create a New Folder</source>
      <translation>Направи нову фасциклу</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="61" />
      <source>Delete</source>
      <translation>Обриши</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="62" />
      <source>Detail View</source>
      <translation>Појединости</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="63" />
      <source>Directories</source>
      <translation>Фасцикле</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="64" />
      <source>Directory:</source>
      <translation>Фасцикла:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="65" />
      <source>Drive</source>
      <translation>Диск</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="66" />
      <source>File</source>
      <translation>Датотека</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="67" />
      <source>File &amp;name:</source>
      <translation>&amp;Назив датотеке:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="69" />
      <source>Files of &amp;type:</source>
      <translation>&amp;Врста датотека:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="78" />
      <source>&amp;Look in:</source>
      <translation>&amp;Тражи у:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="68" />
      <source>Files</source>
      <translation>Датотеке</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="70" />
      <source>Find Directory</source>
      <translation>Пронађи фасциклу</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="71" />
      <source>Folder</source>
      <translation>Фасцикла</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="72" />
      <source>Forward</source>
      <translation>Напред</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="73" />
      <source>Go back</source>
      <translation>Иди назад</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="74" />
      <source>Go forward</source>
      <translation>Иди напред</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="75" />
      <source>Go to the parent directory</source>
      <translation>Иди у надређену фасциклу</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="76" />
      <source>List View</source>
      <translation>Листа</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="77" />
      <source>List of places and bookmarks</source>
      <translation>Места и обележивачи</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="79" />
      <source>New Folder</source>
      <translation>Нова фасцикла</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="80" />
      <source>Open</source>
      <translation>Отвори</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="81" />
      <source>Parent Directory</source>
      <translation>Надређена фасцикла</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="82" />
      <source>Recent Places</source>
      <translation>Недавна места</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="83" />
      <source>Remove</source>
      <translation>Уклони</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="84" />
      <source>Save As</source>
      <translation>Сачувај као</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="85" />
      <source>Shortcut</source>
      <translation>Пречица</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="86" />
      <source>Show </source>
      <translation>Прикажи </translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="87" />
      <source>Show &amp;hidden files</source>
      <translation>Прикажи &amp;скривене датотеке</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="88" />
      <source>Sidebar</source>
      <translation>Бочна трака</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="89" />
      <source>Unknown</source>
      <translation>Непознато</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="90" />
      <source>Computer</source>
      <translation>Рачунар</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="91" />
      <source>Date Modified</source>
      <translation>Измењено</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="92" />
      <source>Kind</source>
      <translation>Врста</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="93" />
      <source>Name</source>
      <translation>Назив</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="94" />
      <source>Size</source>
      <translation>Величина</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="95" />
      <source>Type</source>
      <translation>Тип</translation>
    </message>
  </context>
  <context>
    <name>QInputDialog</name>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="127" />
      <source>Enter a value:</source>
      <translation>Унесите вредност:</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="96" />
      <source>&amp;Copy</source>
      <translation>&amp;Копирај</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="97" />
      <source>&amp;Paste</source>
      <translation>&amp;Налепи</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="98" />
      <source>&amp;Redo</source>
      <translation>&amp;Понови</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="99" />
      <source>&amp;Undo</source>
      <translation>&amp;Опозови</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="100" />
      <source>Cu&amp;t</source>
      <translation>&amp;Исеци</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="101" />
      <source>Delete</source>
      <translation>Обриши</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="102" />
      <source>Select All</source>
      <translation>Изабери све</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="29" />
      <source>Hide Details...</source>
      <translation>Сакриј појединости…</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="30" />
      <source>Show Details...</source>
      <translation>Прикажи појединости…</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="11" />
      <source>&amp;No</source>
      <translation>&amp;Не</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="12" />
      <source>&amp;Yes</source>
      <translation>&amp;Да</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="13" />
      <source>Abort</source>
      <translation>Прекини</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="14" />
      <source>Apply</source>
      <translation>Примени</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="15" />
      <source>Cancel</source>
      <translation>Откажи</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="16" />
      <source>Close</source>
      <translation>Затвори</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="17" />
      <source>Discard</source>
      <translation>Одбаци</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="18" />
      <source>Help</source>
      <translation>Помоћ</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="19" />
      <source>Ignore</source>
      <translation>Занемари</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="20" />
      <source>N&amp;o to All</source>
      <translation>Н&amp;е за све</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="21" />
      <source>OK</source>
      <translation>У реду</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="22" />
      <source>Open</source>
      <translation>Отвори</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="23" />
      <source>Reset</source>
      <translation>Поништи</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="24" />
      <source>Restore Defaults</source>
      <translation>Врати подразумевано</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="25" />
      <source>Retry</source>
      <translation>Покушај поново</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="26" />
      <source>Save</source>
      <translation>Сачувај</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="27" />
      <source>Save All</source>
      <translation>Сачувај све</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="28" />
      <source>Yes to &amp;All</source>
      <translation>Да за &amp;све</translation>
    </message>
  </context>
  <context>
    <name>QProgressDialog</name>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="32" />
      <source>Cancel</source>
      <translation>Откажи</translation>
    </message>
  </context>
  <context>
    <name>QScrollBar</name>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="111" />
      <source>Bottom</source>
      <translation>Дно</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="112" />
      <source>Left edge</source>
      <translation>Лева ивица</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="113" />
      <source>Page down</source>
      <translation>Страна надоле</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="114" />
      <source>Page left</source>
      <translation>Страна налево</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="115" />
      <source>Page right</source>
      <translation>Страна надесно</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="116" />
      <source>Page up</source>
      <translation>Страна нагоре</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="117" />
      <source>Right edge</source>
      <translation>Десна ивица</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="118" />
      <source>Scroll down</source>
      <translation>Помери надоле</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="119" />
      <source>Scroll here</source>
      <translation>Помери овде</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="120" />
      <source>Scroll left</source>
      <translation>Помери налево</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="121" />
      <source>Scroll right</source>
      <translation>Помери надесно</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="122" />
      <source>Scroll up</source>
      <translation>Помери нагоре</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="123" />
      <source>Top</source>
      <translation>Врх</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="103" />
      <source>&amp;Copy</source>
      <translation>&amp;Копирај</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="104" />
      <source>&amp;Paste</source>
      <translation>&amp;Налепи</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="105" />
      <source>&amp;Redo</source>
      <translation>&amp;Понови</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="106" />
      <source>&amp;Undo</source>
      <translation>&amp;Опозови</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="107" />
      <source>Copy &amp;Link Location</source>
      <translation>Копирај &amp;адресу везе</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="108" />
      <source>Cu&amp;t</source>
      <translation>&amp;Исеци</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="109" />
      <source>Delete</source>
      <translation>Обриши</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/qt_texts.py" line="110" />
      <source>Select All</source>
      <translation>Изабери све</translation>
    </message>
  </context>
  <context>
    <name>RecentFiles</name>
    <message>
      <location filename="../../orgexplorer/ui/recent_files.py" line="24" />
      <source>Open &amp;Recent</source>
      <translation>&amp;Недавно отварано</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/recent_files.py" line="56" />
      <source>&amp;Clear list</source>
      <translation>&amp;Обриши списак</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/recent_files.py" line="57" />
      <source>Forget the files opened recently</source>
      <translation>Заборавите недавно отваране датотеке</translation>
    </message>
  </context>
  <context>
    <name>SearchController</name>
    <message>
      <location filename="../../orgexplorer/ui/search_controller.py" line="88" />
      <source>Search units</source>
      <translation>Претрага јединица</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_controller.py" line="91" />
      <source>Find units by name, head or function; Up and Down move through the results, {enter} selects</source>
      <translation>Пронађите јединице по називу, руководиоцу или надлежности; стрелице горе и доле крећу се кроз резултате, {enter} бира</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_controller.py" line="96" />
      <source>Find a unit by name or function, e.g. arms control ({shortcut})</source>
      <translation>Назив или надлежност, нпр. контрола наоружања ({shortcut})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_controller.py" line="97" />
      <source>Find a unit by name or function, e.g. arms control</source>
      <translation>Назив или надлежност, нпр. контрола наоружања</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_controller.py" line="98" />
      <source>Find a unit by name or function</source>
      <translation>Назив или надлежност јединице</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_controller.py" line="109" />
      <location filename="../../orgexplorer/ui/search_controller.py" line="111" />
      <source>Filter tree</source>
      <translation>Филтрирај стабло</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_controller.py" line="112" />
      <source>Show only the matching units and the units above them</source>
      <translation>Прикажи само пронађене јединице и јединице изнад њих</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_controller.py" line="120" />
      <source>Number of units found</source>
      <translation>Број пронађених јединица</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_controller.py" line="236" />
      <source>No unit matches.</source>
      <translation>Ниједна јединица не одговара.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/ui/search_controller.py" line="237" />
      <source>%Ln units found</source>
      <translation>
        <numerusform>Пронађена је %Ln јединица</numerusform>
        <numerusform>Пронађене су %Ln јединице</numerusform>
        <numerusform>Пронађено је %Ln јединица</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/ui/search_controller.py" line="239" />
      <source>(the best %Ln listed)</source>
      <translation>
        <numerusform>(наведена је најбоља %Ln)</numerusform>
        <numerusform>(наведене су најбоље %Ln)</numerusform>
        <numerusform>(наведено је најбољих %Ln)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_controller.py" line="241" />
      <source>No unit matches every word; these match some of them: {found}</source>
      <translation>Ниједна јединица не одговара свим речима; приказане су оне које одговарају некима. {found}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_controller.py" line="243" />
      <source>No unit has these words; nearest by meaning: {found}</source>
      <translation>Ниједна јединица нема ове речи; приказане су најближе по значењу. {found}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_controller.py" line="247" />
      <source>Showing results for &lt;b&gt;{query}&lt;/b&gt;: {found}</source>
      <translation>Приказани су резултати за &lt;b&gt;{query}&lt;/b&gt;. {found}</translation>
    </message>
  </context>
  <context>
    <name>SearchResults</name>
    <message>
      <location filename="../../orgexplorer/ui/search_results.py" line="36" />
      <source>name</source>
      <translation>назив</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_results.py" line="37" />
      <source>head</source>
      <translation>руководилац</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_results.py" line="38" />
      <source>responsibility</source>
      <translation>надлежност</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_results.py" line="39" />
      <source>kind</source>
      <translation>врста</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_results.py" line="40" />
      <source>description</source>
      <translation>опис</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_results.py" line="41" />
      <source>abbreviation</source>
      <translation>скраћеница</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_results.py" line="42" />
      <source>detail</source>
      <translation>податак</translation>
    </message>
  </context>
  <context>
    <name>SearchResultsModel</name>
    <message>
      <location filename="../../orgexplorer/ui/search_results.py" line="82" />
      <source>{unit}{head}: by meaning, {field} {text}</source>
      <translation>{unit}{head}: по значењу, {field} {text}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_results.py" line="95" />
      <source>by meaning, {field}:</source>
      <translation>по значењу, {field}:</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_results.py" line="103" />
      <source>Found by meaning; its {field} nearest to the search: {text}</source>
      <translation>Пронађено по значењу; поље „{field}“ најближе претрази: {text}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_results.py" line="107" />
      <source>Matched in its {field}: {text}</source>
      <translation>Погодак у пољу „{field}“: {text}</translation>
    </message>
  </context>
  <context>
    <name>SearchResultsView</name>
    <message>
      <location filename="../../orgexplorer/ui/search_results.py" line="161" />
      <source>Search results</source>
      <translation>Резултати претраге</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/search_results.py" line="162" />
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
      <location filename="../../orgexplorer/ui/unit_tree.py" line="24" />
      <source>Units</source>
      <extracomment>Up to this many units a tree (or a filtered tree's matches) opens fully expanded; beyond it, only the first levels: expanding 100,000 rows costs seconds.</extracomment>
      <translation>Јединице</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/unit_tree.py" line="25" />
      <source>The organization's units as a tree</source>
      <translation>Јединице организације као стабло</translation>
    </message>
  </context>
  <context>
    <name>UnitTreeModel</name>
    <message>
      <location filename="../../orgexplorer/ui/tree_model.py" line="44" />
      <source>Top-level unit</source>
      <translation>Јединица највишег нивоа</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/tree_model.py" line="47" />
      <source>Attached to the {head} (not part of {unit})</source>
      <translation>Придружена уз: {head} (није део јединице {unit})</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/tree_model.py" line="50" />
      <source>Attached to the head of {unit} (not part of it)</source>
      <translation>Придружена уз руководиоца јединице {unit} (није њен део)</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/tree_model.py" line="53" />
      <source>Part of {unit}</source>
      <translation>Део јединице {unit}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/tree_model.py" line="262" />
      <source>Unit</source>
      <translation>Јединица</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/tree_model.py" line="262" />
      <source>Head</source>
      <translation>Руководилац</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/tree_model.py" line="281" />
      <source>Head: {head}</source>
      <translation>Руководилац: {head}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/tree_model.py" line="283" />
      <source>Changes: {marks}</source>
      <translation>Промене: {marks}</translation>
    </message>
    <message>
      <location filename="../../orgexplorer/ui/tree_model.py" line="309" />
      <source>, attached unit</source>
      <translation>, придружена јединица</translation>
    </message>
  </context>
</TS>