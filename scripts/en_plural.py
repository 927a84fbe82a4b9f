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
}
