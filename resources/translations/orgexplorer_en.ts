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
    <name>ProblemsPanel</name>
    <message numerus="yes">
      <location filename="../../orgexplorer/ui/problems_panel.py" line="135" />
      <source>&lt;b&gt;{path}&lt;/b&gt; is open, with %Ln warnings.</source>
      <translation>
        <numerusform>&lt;b&gt;{path}&lt;/b&gt; is open, with %Ln warning.</numerusform>
        <numerusform>&lt;b&gt;{path}&lt;/b&gt; is open, with %Ln warnings.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/ui/problems_panel.py" line="137" />
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
      <location filename="../../orgexplorer/ui/search_controller.py" line="240" />
      <source>%Ln units found</source>
      <translation>
        <numerusform>%Ln unit found</numerusform>
        <numerusform>%Ln units found</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../orgexplorer/ui/search_controller.py" line="242" />
      <source>(the best %Ln listed)</source>
      <translation>
        <numerusform>(the best %Ln listed)</numerusform>
        <numerusform>(the best %Ln listed)</numerusform>
      </translation>
    </message>
  </context>
</TS>