"""A model message as a template and its fields: English as the command line prints it, and all a
translation needs kept (through a pickle too: problems cross to the window from a worker)."""

from __future__ import annotations

import pickle

from orgexplorer.model.said import Said, said


def test_the_english_is_the_template_filled_as_python_formats_it():
    message = said("a value of {length:,} characters (at most {limit:,}) in {place}", length=2_000_000,
                   limit=100_000, place=said("unit '{unit}'", unit="a"))  # fmt: skip
    assert message == "a value of 2,000,000 characters (at most 100,000) in unit 'a'"
    assert dict(message.arguments)["length"] == 2_000_000  # a number stays one: the window writes it


def test_a_count_is_written_where_its_marker_stands():
    assert said("stopped after %Ln problems", count=1200) == "stopped after 1,200 problems"
    assert said("nesting deeper than %n levels", count=1000) == "nesting deeper than 1000 levels"
    assert said("stopped after %Ln problems", count=3).quantity == 3


def test_a_message_survives_a_pickle_with_its_phrases():
    message = said("'{key}' must be text, not {what}", key="name", what=said("a list"))
    back = pickle.loads(pickle.dumps(message))
    assert back == message and isinstance(back, Said) and back.template == message.template
    what = dict(back.arguments)["what"]
    assert isinstance(what, Said) and what.template == "a list"
