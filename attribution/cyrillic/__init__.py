"""Russian and Ukrainian: the pipelines, their rules and the component that reads them.

One module per stage, as for English: :mod:`.text` (look-alike letters, stems, Latin ids), :mod:`.morph`
(lemmatizers), :mod:`.lexicon` (the rule files of ``attribution/data/ru`` and ``attribution/data/uk``),
:mod:`.words` (a sentence's words and phrase matching), :mod:`.layout` (the page), :mod:`.mentions`
(who is named), :mod:`.cues`, :mod:`.hedges`, :mod:`.claims` (assembly and carry-over), and
:mod:`.component` (the spaCy component and :func:`make_pipeline`). docs/languages.md describes them.
"""

from .component import CyrillicAttribution, make_pipeline
from .lexicon import LANGUAGES, CyrillicRules, load_language

__all__ = ["LANGUAGES", "CyrillicAttribution", "CyrillicRules", "load_language", "make_pipeline"]
