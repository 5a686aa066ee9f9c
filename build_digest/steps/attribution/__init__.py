"""Attribute each quote to its speaker, reading the article in order like a reader does.

The rules, strongest first:

1. a speech verb after the quote and the speaker after it: ``"…," kata Peskov`` / ``ujar dia`` /
   ``tegas juru bicara itu`` / ``katanya``; or a speaker and a verb: ``"…," ia menambahkan``;
2. a speaker and a speech verb (or "Menurut X,") introducing the quote: ``Peskov mengatakan, "…"``;
3. for a partial quote, the subject of the reporting verb that governs it:
   ``Trump mengisyaratkan dia "baik-baik saja"``;
4. neighbours: the other half of a statement split by its attribution, a quote continued from
   the previous paragraph, consecutive quote paragraphs of one speaker.

Names resolve to the fullest form the article uses; pronouns to the person the article last made
its subject or speaker; offices to the person introduced with them. Where the text names nobody
the speaker stays ``None``. Every attribution keeps the phrase that gave it and a confidence.

The step is :func:`.step.attribute_quotes`; :class:`.reader.Reader` reads the article and is made
of one class per family of rules: :mod:`.names`, :mod:`.genders`, :mod:`.descriptions` and
:mod:`.institutions` collect who the article is about before reading; :mod:`.name_forms`,
:mod:`.subjects`, :mod:`.references`, :mod:`.offices` and :mod:`.documents` resolve a phrase to
its speaker; :mod:`.frames` holds rules 1 to 3, :mod:`.continuation` and :mod:`.interview` the
neighbours and turns; :mod:`.state` the state they share.
"""
