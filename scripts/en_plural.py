"""The English forms of OrgExplorer's counted phrases: source text (the plural) -> (singular, plural).

A counted phrase's source is its plural ("%Ln units found"); Qt takes the singular from
resources/translations/orgexplorer_en.qm, which ``scripts/update_translations.py`` writes from this table.
"""

EN_PLURAL: dict[str, str | tuple[str, ...]] = {
    "%Ln units": ("%Ln unit", "%Ln units"),
    "%Ln pages": ("%Ln page", "%Ln pages"),
    "on %Ln pages": ("on %Ln page", "on %Ln pages"),
    "Making the book of %Ln units… {percent}%": (
        "Making the book of %Ln unit… {percent}%",
        "Making the book of %Ln units… {percent}%",
    ),
    "Drawing the preview of %Ln units…": ("Drawing the preview of %Ln unit…", "Drawing the preview of %Ln units…"),
    "Laying out the chart of %Ln units…": ("Laying out the chart of %Ln unit…", "Laying out the chart of %Ln units…"),
    "%Ln units found": ("%Ln unit found", "%Ln units found"),
    "(the best %Ln listed)": ("(the best %Ln listed)", "(the best %Ln listed)"),
    "; %Ln of them by meaning": ("; %Ln of them by meaning", "; %Ln of them by meaning"),
    "Printed %Ln pages.": ("Printed %Ln page.", "Printed %Ln pages."),
    "<b>{path}</b> is open, with %Ln warnings.": (
        "<b>{path}</b> is open, with %Ln warning.",
        "<b>{path}</b> is open, with %Ln warnings.",
    ),
    "<b>{path}</b> could not be opened: %Ln errors.": (
        "<b>{path}</b> could not be opened: %Ln error.",
        "<b>{path}</b> could not be opened: %Ln errors.",
    ),
    "+ %Ln units below": ("+ %Ln unit below", "+ %Ln units below"),
    "the text of %Ln units ({ids}{more}) is too long for a box and is cut short (…) in the chart; the unit directory ({directory}) has it in full": (
        "the text of %Ln unit ({ids}{more}) is too long for a box and is cut short (…) in the chart; the unit directory ({directory}) has it in full",
        "the text of %Ln units ({ids}{more}) is too long for a box and is cut short (…) in the chart; the unit directory ({directory}) has it in full",
    ),
    " and %Ln more": (" and %Ln more", " and %Ln more"),
    "%Ln pixels": ("%Ln pixel", "%Ln pixels"),
    # The model's messages (orgexplorer/model/said.py)
    "stopped after %Ln problems": ("stopped after %Ln problem", "stopped after %Ln problems"),
    "nesting deeper than %n levels; reading stopped": (
        "nesting deeper than %n level; reading stopped",
        "nesting deeper than %n levels; reading stopped",
    ),
    "the file has more than %Ln values; reading stopped": (
        "the file has more than %Ln value; reading stopped",
        "the file has more than %Ln values; reading stopped",
    ),
    "both {first} and {second} split the rows into %n columns": (
        "both {first} and {second} split the rows into %n column",
        "both {first} and {second} split the rows into %n columns",
    ),
    "the workbook has %n sheets; the first, '{first}', was read, not {others} (choose one with {option}, or in the window's import)": (
        "the workbook has %n sheet; the first, '{first}', was read, not {others} (choose one with {option}, or in the window's import)",
        "the workbook has %n sheets; the first, '{first}', was read, not {others} (choose one with {option}, or in the window's import)",
    ),
    "the sheet claims %Ln columns ({claim}), more than the limit of {limit:,}": (
        "the sheet claims %Ln column ({claim}), more than the limit of {limit:,}",
        "the sheet claims %Ln columns ({claim}), more than the limit of {limit:,}",
    ),
    "the sheet claims %Ln rows ({claim}), more than the limit of {limit:,}": (
        "the sheet claims %Ln row ({claim}), more than the limit of {limit:,}",
        "the sheet claims %Ln rows ({claim}), more than the limit of {limit:,}",
    ),
    "a value in column {column}, which has no header in the header row (row {header_row}), is left out (and in %Ln more rows); name the column to import it": (
        "a value in column {column}, which has no header in the header row (row {header_row}), is left out (and in %Ln more row); name the column to import it",
        "a value in column {column}, which has no header in the header row (row {header_row}), is left out (and in %Ln more rows); name the column to import it",
    ),
    "parent '{parent}' is no id, and the name of %n rows ({rows}); give each an id": (
        "parent '{parent}' is no id, and the name of %n row ({rows}); give each an id",
        "parent '{parent}' is no id, and the name of %n rows ({rows}); give each an id",
    ),
    "reports to '{name}', which names %n rows; give each an id": (
        "reports to '{name}', which names %n row; give each an id",
        "reports to '{name}', which names %n rows; give each an id",
    ),
    "unit '{unit}' is {depth} levels below the top; an organization file holds units at most {deepest} levels down (the loader reads at most {nesting} levels of nesting); %Ln more units are deeper still": (
        "unit '{unit}' is {depth} levels below the top; an organization file holds units at most {deepest} levels down (the loader reads at most {nesting} levels of nesting); %Ln more unit is deeper still",
        "unit '{unit}' is {depth} levels below the top; an organization file holds units at most {deepest} levels down (the loader reads at most {nesting} levels of nesting); %Ln more units are deeper still",
    ),
}
