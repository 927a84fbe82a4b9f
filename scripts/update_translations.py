"""Refresh the interface's translations: extract, fill, compile.

``python scripts/update_translations.py`` runs pyside6-lupdate over orgexplorer/ui, chart and model,
writes the Serbian Latin translations of scripts/sr_latn.py (the interface's words, and Qt's own where
Qt has no Serbian) into
resources/translations/orgexplorer_sr_Latn.ts, derives orgexplorer_sr_Cyrl.ts by transliteration, writes
the English forms of counted phrases (scripts/en_plural.py) into orgexplorer_en.ts, and compiles all three
with pyside6-lrelease into .qm files, which the application loads. It exits 1 (naming them) when a
source text has no translation.

A source text holding ``%n`` or ``%Ln`` is a counted phrase (Qt's numerus: ``self.tr("%Ln units", "", n)``
or ``QCoreApplication.translate(context, "%Ln units", None, n)``): its translation is one form per plural
category of the language, which Qt chooses by the count at run time. lupdate marks only ``tr`` calls as
counted, so this script marks every such text. Serbian has three forms (1, 21, 31: "jedinica"; 2-4, 22-24:
"jedinice"; 0, 5-20, 25-30: "jedinica"); English two (the source is the plural; the singular is in
scripts/en_plural.py).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from en_plural import EN_PLURAL  # noqa: E402
from sr_latn import QT_SR_LATN, SR_LATN  # noqa: E402

from orgexplorer.model.text import latin_to_cyrillic  # noqa: E402

FOLDER = REPO / "resources" / "translations"
COUNT = re.compile(r"(%L?n)")


def cyrillic(text: str) -> str:
    """``text`` in Cyrillic, its count markers (``%n``, ``%Ln``) left as Qt reads them."""
    return "".join(part if COUNT.fullmatch(part) else latin_to_cyrillic(part) for part in COUNT.split(text))


Translation = str | tuple[str, ...]
#: Per language: its translations, how a text is written from them, and how many forms a counted phrase has.
LANGUAGES: dict[str, tuple[dict[str, Translation], Callable[[str], str], int]] = {
    "sr_Latn": (SR_LATN, lambda text: text, 3),
    "sr_Cyrl": (SR_LATN, cyrillic, 3),
    "en": (EN_PLURAL, lambda text: text, 2),
}


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def counted(source: str) -> bool:
    """Whether ``source`` is a counted phrase (one translation per plural form)."""
    return COUNT.search(source) is not None


def fill(message: ET.Element, translated: Translation | None, convert: Callable[[str], str], forms: int) -> bool:
    """Write ``translated`` into ``message``; False when there is none (or not one form per category)."""
    source = message.findtext("source") or ""
    old = message.find("translation")
    if old is not None:
        message.remove(old)
    translation = ET.SubElement(message, "translation")
    if counted(source):
        message.set("numerus", "yes")
        texts = translated if isinstance(translated, tuple) and len(translated) == forms else None
        for text in texts or ("",) * forms:
            ET.SubElement(translation, "numerusform").text = convert(text)
    else:
        texts = (translated,) if isinstance(translated, str) else None
        translation.text = convert(texts[0]) if texts else ""
    if texts is None:
        translation.set("type", "unfinished")
    return texts is not None


def main() -> int:
    # The window's words, and the chart's: the words around it on paper, a book's, a compared chart's;
    # and the model's messages marked with QT_TRANSLATE_NOOP (orgexplorer/model/said.py).
    sources = sorted(
        str(p.relative_to(REPO))
        for folder in ("ui", "chart", "model")
        for p in (REPO / "orgexplorer" / folder).glob("*.py")
    )
    missing: set[str] = set()
    for code, (translations, convert, forms) in LANGUAGES.items():
        ts = FOLDER / f"orgexplorer_{code}.ts"
        lupdate = [tool("pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(ts)]
        subprocess.run(lupdate, cwd=REPO, check=True)
        tree = ET.parse(ts)
        root = tree.getroot()
        root.set("language", code.replace("_", "-"))
        for context in list(root.iter("context")):
            name = context.findtext("name") or ""
            for message in list(context.iter("message")):
                source = message.findtext("source") or ""
                wanted = translations.get(source)
                if code != "en":  # Qt's own words under Qt's contexts (orgexplorer/ui/qt_texts.py)
                    wanted = QT_SR_LATN.get((name, source), wanted)
                if code == "en" and not counted(source):
                    context.remove(message)  # English is the source language: it needs only its singulars
                elif not fill(message, wanted, convert, forms):
                    missing.add(f"{code}: {source}")
            if not context.findall("message"):
                root.remove(context)
        ET.indent(tree)
        tree.write(ts, encoding="utf-8", xml_declaration=True)
        qm = ts.with_suffix(".qm")
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], cwd=REPO, check=True)
    if missing:
        print("no translation for:", *sorted(missing), sep="\n  ", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
