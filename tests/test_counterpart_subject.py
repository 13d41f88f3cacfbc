"""A "counterpart" that is its own clause's subject (Reuters, reuters-11498) is read once, not forever."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_counterpart_as_its_own_clause_subject(extract_text):
    """At 963b318 the clause's subjects (to rule them out) led back to the same "counterpart":
    RecursionError, which stopped a whole-Reuters build at its 8,363rd article."""
    ex = extract_text("The counterpart of improving the trade deficit either through a lower dollar or because the U.S. "
                      "Increases duties on Japanese electronic goods, may be to hit the capital inflow.")
    assert not ex.facts
