"""The one writer, ``files.atomic_output`` / ``write_output``, on real files: what it refuses to
replace, what a replaced file keeps, and how it writes through a symbolic link."""

from __future__ import annotations

import os
import stat

import pytest

from orgexplorer.model.files import OutputError, atomic_output, write_output


def test_a_write_protected_file_is_refused_and_kept(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("kept", encoding="utf-8")
    target.chmod(0o444)
    with pytest.raises(OutputError, match="is write-protected; it was left as it is"):
        write_output(target, "new")
    assert target.read_text(encoding="utf-8") == "kept" and stat.S_IMODE(target.stat().st_mode) == 0o444
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_a_file_writable_by_its_group_only_is_write_protected_for_nobody(tmp_path):
    """Only a file without any write bit (or one the user may not write) is refused."""
    target = tmp_path / "out.csv"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    write_output(target, "new")
    assert target.read_text(encoding="utf-8") == "new" and stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_new_file_gets_the_usual_permissions(tmp_path):
    target = tmp_path / "out.csv"
    write_output(target, "new")
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644 & ~mask


def test_a_link_is_written_through_beside_its_target(tmp_path):
    folder = tmp_path / "real"
    folder.mkdir()
    real = folder / "out.csv"
    real.write_text("old", encoding="utf-8")
    chain = tmp_path / "second.csv"
    chain.symlink_to(real)
    link = tmp_path / "first.csv"
    link.symlink_to(chain.name)  # a relative link to a link
    seen: list[str] = []
    with atomic_output(link) as temporary:
        seen.append(os.path.dirname(temporary))
        with open(temporary, "w", encoding="utf-8") as stream:
            stream.write("new")
    assert seen == [str(folder)]
    assert real.read_text(encoding="utf-8") == "new"
    assert link.is_symlink() and chain.is_symlink() and os.readlink(link) == "second.csv"


def test_a_link_to_the_protected_source_is_refused(tmp_path):
    source = tmp_path / "org.yaml"
    source.write_text("format: orgexplorer/1\n", encoding="utf-8")
    link = tmp_path / "chart.csv"
    link.symlink_to(source)
    with pytest.raises(OutputError, match="is the organization file itself"):
        write_output(link, "new", protect=source)
    assert source.read_text(encoding="utf-8") == "format: orgexplorer/1\n"


def test_a_link_to_nothing_is_refused_and_nothing_is_made(tmp_path):
    link = tmp_path / "out.csv"
    link.symlink_to(tmp_path / "missing.csv")
    with pytest.raises(OutputError, match="which does not exist; not writing through it"):
        write_output(link, "new")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"] and not (tmp_path / "missing.csv").exists()
