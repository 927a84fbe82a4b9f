<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
  <context>
    <name>BookPreview</name>
    <message numerus="yes">
      <location filename="../../orgexplorer/ui/book_preview.py" line="158" />
      <source>Making the book of %Ln units… {percent}%</source>
      <translation>
        <numerusform>Making the book of %Ln unit… {percent}%</numerusform>
        <numerusform>Making the book of %Ln units… {percent}%</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/ui/book_preview.py" line="179" />
      <source>%Ln units</source>
      <translation>
        <numerusform>%Ln unit</numerusform>
        <numerusform>%Ln units</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/ui/book_preview.py" line="180" />
      <source>on %Ln pages</source>
      <translation>
        <numerusform>on %Ln page</numerusform>
        <numerusform>on %Ln pages</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Chart</name>
    <message numerus="yes">
      <location filename="../../orgexplorer/chart/sheet.py" line="123" />
      <source>+ %Ln units below</source>
      <translation>
        <numerusform>+ %Ln unit below</numerusform>
        <numerusform>+ %Ln units below</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/chart/export_words.py" line="25" />
      <source> and %Ln more</source>
      <translation>
        <numerusform> and %Ln more</numerusform>
        <numerusform> and %Ln more</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/chart/export_words.py" line="26" />
      <source>the text of %Ln units ({ids}{more}) is too long for a box and is cut short (…) in the chart; the unit directory ({directory}) has it in full</source>
      <translation>
        <numerusform>the text of %Ln unit ({ids}{more}) is too long for a box and is cut short (…) in the chart; the unit directory ({directory}) has it in full</numerusform>
        <numerusform>the text of %Ln units ({ids}{more}) is too long for a box and is cut short (…) in the chart; the unit directory ({directory}) has it in full</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/chart/export_words.py" line="69" />
      <source>%Ln pixels</source>
      <translation>
        <numerusform>%Ln pixel</numerusform>
        <numerusform>%Ln pixels</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ChartController</name>
    <message numerus="yes">
      <location filename="../../orgexplorer/ui/chart_controller.py" line="78" />
      <source>Laying out the chart of %Ln units…</source>
      <translation>
        <numerusform>Laying out the chart of %Ln unit…</numerusform>
        <numerusform>Laying out the chart of %Ln units…</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message numerus="yes">
      <location filename="../../orgexplorer/ui/export_dialog.py" line="260" />
      <source>Drawing the preview of %Ln units…</source>
      <translation>
        <numerusform>Drawing the preview of %Ln unit…</numerusform>
        <numerusform>Drawing the preview of %Ln units…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/ui/export_dialog.py" line="305" />
      <source>%Ln units</source>
      <translation>
        <numerusform>%Ln unit</numerusform>
        <numerusform>%Ln units</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/ui/export_dialog.py" line="307" />
      <source>%Ln pages</source>
      <translation>
        <numerusform>%Ln page</numerusform>
        <numerusform>%Ln pages</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message numerus="yes">
      <location filename="../../orgexplorer/ui/main_window.py" line="309" />
      <source>%Ln units</source>
      <translation>
        <numerusform>%Ln unit</numerusform>
        <numerusform>%Ln units</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MeaningSearch</name>
    <message numerus="yes">
      <location filename="../../orgexplorer/ui/meaning_search.py" line="34" />
      <source>; %Ln of them by meaning</source>
      <translation>
        <numerusform>; %Ln of them by meaning</numerusform>
        <numerusform>; %Ln of them by meaning</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PrintPreview</name>
    <message numerus="yes">
      <location filename="../../orgexplorer/ui/print_preview.py" line="263" />
      <source>%Ln pages</source>
      <translation>
        <numerusform>%Ln page</numerusform>
        <numerusform>%Ln pages</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/ui/print_preview.py" line="435" />
      <source>Printed %Ln pages.</source>
      <translation>
        <numerusform>Printed %Ln page.</numerusform>
        <numerusform>Printed %Ln pages.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Problems</name>
    <message numerus="yes">
      <location filename="../../orgexplorer/model/delimiter.py" line="87" />
      <source>both {first} and {second} split the rows into %n columns</source>
      <translation>
        <numerusform>both {first} and {second} split the rows into %n column</numerusform>
        <numerusform>both {first} and {second} split the rows into %n columns</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/model/importer.py" line="348" />
      <source>a value in column {column}, which has no header in the header row (row {header_row}), is left out (and in %Ln more rows); name the column to import it</source>
      <translation>
        <numerusform>a value in column {column}, which has no header in the header row (row {header_row}), is left out (and in %Ln more row); name the column to import it</numerusform>
        <numerusform>a value in column {column}, which has no header in the header row (row {header_row}), is left out (and in %Ln more rows); name the column to import it</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/model/importer.py" line="459" />
      <source>parent '{parent}' is no id, and the name of %n rows ({rows}); give each an id</source>
      <translation>
        <numerusform>parent '{parent}' is no id, and the name of %n row ({rows}); give each an id</numerusform>
        <numerusform>parent '{parent}' is no id, and the name of %n rows ({rows}); give each an id</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/model/importer.py" line="477" />
      <source>reports to '{name}', which names %n rows; give each an id</source>
      <translation>
        <numerusform>reports to '{name}', which names %n row; give each an id</numerusform>
        <numerusform>reports to '{name}', which names %n rows; give each an id</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/model/problems.py" line="51" />
      <source>stopped after %Ln problems</source>
      <translation>
        <numerusform>stopped after %Ln problem</numerusform>
        <numerusform>stopped after %Ln problems</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/model/xlsx.py" line="128" />
      <source>the workbook has %n sheets; the first, '{first}', was read, not {others} (choose one with {option}, or in the window's import)</source>
      <translation>
        <numerusform>the workbook has %n sheet; the first, '{first}', was read, not {others} (choose one with {option}, or in the window's import)</numerusform>
        <numerusform>the workbook has %n sheets; the first, '{first}', was read, not {others} (choose one with {option}, or in the window's import)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/model/xlsx.py" line="175" />
      <source>the sheet claims %Ln columns ({claim}), more than the limit of {limit:,}</source>
      <translation>
        <numerusform>the sheet claims %Ln column ({claim}), more than the limit of {limit:,}</numerusform>
        <numerusform>the sheet claims %Ln columns ({claim}), more than the limit of {limit:,}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/model/xlsx.py" line="180" />
      <source>the sheet claims %Ln rows ({claim}), more than the limit of {limit:,}</source>
      <translation>
        <numerusform>the sheet claims %Ln row ({claim}), more than the limit of {limit:,}</numerusform>
        <numerusform>the sheet claims %Ln rows ({claim}), more than the limit of {limit:,}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/model/yamlread.py" line="271" />
      <source>nesting deeper than %n levels; reading stopped</source>
      <extracomment>The libyaml parser where PyYAML was built with it; the pure-Python one otherwise. Only the parser part of either loader is used (events), never its constructor. Plain scalars that YAML 1.2 reads as "no value". Explicit tags that change nothing for a file of text, lists and mappings.</extracomment>
      <translation>
        <numerusform>nesting deeper than %n level; reading stopped</numerusform>
        <numerusform>nesting deeper than %n levels; reading stopped</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/model/yamlread.py" line="369" />
      <source>the file has more than %Ln values; reading stopped</source>
      <translation>
        <numerusform>the file has more than %Ln value; reading stopped</numerusform>
        <numerusform>the file has more than %Ln values; reading stopped</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/model/writer.py" line="116" />
      <source>unit '{unit}' is {depth} levels below the top; an organization file holds units at most {deepest} levels down (the loader reads at most {nesting} levels of nesting); %Ln more units are deeper still</source>
      <translation>
        <numerusform>unit '{unit}' is {depth} levels below the top; an organization file holds units at most {deepest} levels down (the loader reads at most {nesting} levels of nesting); %Ln more unit is deeper still</numerusform>
        <numerusform>unit '{unit}' is {depth} levels below the top; an organization file holds units at most {deepest} levels down (the loader reads at most {nesting} levels of nesting); %Ln more units are deeper still</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ProblemsPanel</name>
    <message numerus="yes">
      <location filename="../../orgexplorer/ui/problems_panel.py" line="163" />
      <source>&lt;b&gt;{path}&lt;/b&gt; is open, with %Ln warnings.</source>
      <translation>
        <numerusform>&lt;b&gt;{path}&lt;/b&gt; is open, with %Ln warning.</numerusform>
        <numerusform>&lt;b&gt;{path}&lt;/b&gt; is open, with %Ln warnings.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/ui/problems_panel.py" line="165" />
      <source>&lt;b&gt;{path}&lt;/b&gt; could not be opened: %Ln errors.</source>
      <translation>
        <numerusform>&lt;b&gt;{path}&lt;/b&gt; could not be opened: %Ln error.</numerusform>
        <numerusform>&lt;b&gt;{path}&lt;/b&gt; could not be opened: %Ln errors.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SearchController</name>
    <message numerus="yes">
      <location filename="../../orgexplorer/ui/search_controller.py" line="237" />
      <source>%Ln units found</source>
      <translation>
        <numerusform>%Ln unit found</numerusform>
        <numerusform>%Ln units found</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/ui/search_controller.py" line="239" />
      <source>(the best %Ln listed)</source>
      <translation>
        <numerusform>(the best %Ln listed)</numerusform>
        <numerusform>(the best %Ln listed)</numerusform>
      </translation>
    </message>
  </context>
</TS>