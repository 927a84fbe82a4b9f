"""Refresh the interface's translations: extract, fill, compile.

``python scripts/update_translations.py`` runs pyside6-lupdate over orgexplorer/ui, writes the Serbian
Latin translations of scripts/sr_latn.py (the interface's words, and Qt's own where Qt has no Serbian)
into resources/translations/orgexplorer_sr_Latn.ts, derives
orgexplorer_sr_Cyrl.ts by transliteration, and compiles both with pyside6-lrelease into .qm files,
which the application loads. It exits 1 (naming them) when a source text has no translation.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from sr_latn import QT_SR_LATN, SR_LATN  # noqa: E402

from orgexplorer.model.text import latin_to_cyrillic  # noqa: E402

FOLDER = REPO / "resources" / "translations"
LANGUAGES = {"sr_Latn": lambda text: text, "sr_Cyrl": latin_to_cyrillic}


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def main() -> int:
    # The window's words, and the chart's: the words around it on paper, a book's, a compared chart's.
    sources = sorted(
        str(p.relative_to(REPO)) for folder in ("ui", "chart") for p in (REPO / "orgexplorer" / folder).glob("*.py")
    )
    missing: set[str] = set()
    for code, convert in LANGUAGES.items():
        ts = FOLDER / f"orgexplorer_{code}.ts"
        subprocess.run([tool("pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(ts)], cwd=REPO, check=True)
        tree = ET.parse(ts)
        root = tree.getroot()
        root.set("language", code.replace("_", "-"))
        for context, message in ((c, m) for c in root.iter("context") for m in c.iter("message")):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            # Qt's own words under Qt's contexts (orgexplorer/ui/qt_texts.py), ours by their text.
            serbian = QT_SR_LATN.get((context.findtext("name") or "", source), SR_LATN.get(source))
            if serbian is not None:
                translation.text = convert(serbian)
                translation.attrib.pop("type", None)
            else:
                missing.add(source)
                translation.set("type", "unfinished")
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
