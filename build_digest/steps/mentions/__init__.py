"""Who is who in an article: noun phrases that name or point at a speaker, and the people they mean.

:func:`.parse.parse_np` reads one phrase at a position: a pronoun ("dia"), an office with or
without its holder ("juru bicara Kremlin Dmitry Peskov", "juru bicara itu"), a name ("Peskov"),
or an unnamed source ("sumber"). :class:`.registry.Registry` gathers the article's names and
offices so that a short name or an office resolves to the fullest form the article uses.

The modules: :mod:`.phrase` the phrase read (:class:`NP`); :mod:`.names` a run of capitalised
words (:func:`name_run`), with :mod:`.name_words` for what a word inside it is,
:mod:`.institution_names` for how an institution's name goes on and :mod:`.introduced` for names
that open with a common word; :mod:`.offices` the words that complete an office,
:mod:`.role_phrase` an office and its holder, :mod:`.kin` a relative, :mod:`.anaphors` a
description pointing back; :mod:`.parse` the phrase reader combining them; :mod:`.entities` and
:mod:`.registry` the people they mean; :mod:`.words` and :mod:`.memo` what they all share.
"""

from .entities import Entity, contains, key_tokens
from .names import name_run
from .offices import role_after_name
from .parse import parse_np
from .phrase import NP
from .registry import Registry

__all__ = ["NP", "Entity", "Registry", "contains", "key_tokens", "name_run", "parse_np", "role_after_name"]
