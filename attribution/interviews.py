"""Question-and-answer interviews: every answer is the interviewee's words."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from .models import Source

if TYPE_CHECKING:
    from .claims import ClaimDraft

# A dialogue line opens with a dash ("— Нет.", "- Сприймаю її з вдячністю.") or "Q:"/"A:"; a question ends with "?".
DIALOGUE_DASHES = "—–-"
SPEAKING_KINDS = ("person", "official")
UNNAMED_INTERVIEWEE = "interviewee"
# A clause a verb reports ("сказав, що ...", "said that"): the verb is a report inside an answer, not its tag.
_REPORTED_CLAUSE = re.compile(r"[\s,]*(?:що|что|чтобы|щоб|ніби|будто|that)\b", re.IGNORECASE)
ALTERNATING_QUESTIONS = 2  # questions in turns, each opening a line that goes on without one, that make an interview
UNNAMED_INTERVIEW_ANSWERS = 3  # questions answered in turn that make a page an interview without its interviewee
# Words of respect before a name addressed ("Пане Василю"): no part of the name.
_HONORIFICS = frozenset({"пане", "пані", "пан", "панi", "господин", "госпожа", "шановний", "шановна", "уважаемый",
                         "уважаемая", "mr", "mrs", "ms", "sir", "madam", "dr"})
# The interviewer addressing the interviewee at a line's opening: "— Олено, доброго дня.", "— Алексей Петрович, ..."
_ADDRESS = re.compile(r"\s*[—–-]\s*([A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’]+(?:\s+[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’]+)?)\s*,")


def credit_answers(text: str, drafts: Sequence[ClaimDraft],
                   named_before: Callable[[int], list[Source] | None] | None = None,
                   addressed: Callable[[str], list[Source] | None] | None = None) -> None:
    """In an interview printed as questions and answers, each on a paragraph opening with a dash, give every
    sentence of an answer (and of the paragraphs that go on with it) to the interviewee: the person the article
    named last before the first question. Sentences with a cue of their own keep what they have.
    ``named_before``: the person the text names most often before an offset, whether or not they spoke there.
    ``addressed``: the person the interviewer addresses by name ("— Олено, ..."), among those the text names."""
    paragraphs: dict[int, list[ClaimDraft]] = {}
    for draft in drafts:
        if draft.sentence.block.role == "body":
            paragraphs.setdefault(draft.sentence.block.start, []).append(draft)
    kinds = {start: _dialogue_line(text, members) for start, members in paragraphs.items()}
    starts = sorted(paragraphs)
    # An answer right after a question: the interview's shape, whether or not its questions open with a dash.
    answered = [start for start, following in zip(starts, starts[1:])
                if kinds[start] == "question" and kinds[following] == "answer"]
    if not answered:
        kinds = _alternating_turns(text, starts, kinds, paragraphs)
        answered = [start for start, following in zip(starts, starts[1:])
                    if kinds[start] == "question" and kinds[following] == "answer"]
    if not answered:
        return
    questions = [start for start, kind in kinds.items() if kind == "question" and start >= answered[0]]
    first = min(questions)
    interviewee = _interviewee([d for d in drafts if d.sentence.start < first])
    if interviewee is None:
        # '— Коротко, — ответил премьер, — ...': an answer's own speech tag names the interviewee.
        # (a tag of the answer's own words: a report inside an answer, "режисер сказав, що ...", is no tag)
        tagged = [d for start in _answers_from(starts, kinds, first) for d in paragraphs[start]
                  if d.cue is not None and d.sources and not _REPORTED_CLAUSE.match(text, d.cue.end)]
        interviewee = _interviewee(tagged[:1])
    if interviewee is None and named_before is not None:
        # "13 News sat down with Senator Jane Roe": the introduction names the person it spoke to.
        interviewee = named_before(first)
    address = _addressed_name(text, starts, kinds, paragraphs) if addressed is not None else None
    if address is not None and addressed is not None:
        # "— Олено, доброго дня.": the one the interviewer speaks to answers, not the one the headline is about
        # (an address that is no name anyone knows, "— Знаєте, ..." or "— Слушайте, ...", opens an answer: it
        # leaves the interviewee as the introduction named them)
        named = addressed(address)
        if named is not None:
            interviewee = named
    if interviewee is None and len(answered) >= UNNAMED_INTERVIEW_ANSWERS:
        # A page that is nothing but the questions and the answers (its introduction cut off or never printed):
        # the answers are still someone's words, an interviewee the article does not name.
        interviewee = [Source(id=UNNAMED_INTERVIEWEE, name=UNNAMED_INTERVIEWEE, kind="person",
                              mention=UNNAMED_INTERVIEWEE, anonymous=True)]
    if interviewee is None:
        return
    # a press conference's opening statement: the dash lines right before the first question are the interviewee's
    opening = []
    for start in reversed([s for s in starts if s < first]):
        if kinds[start] != "answer":
            break
        opening.append(start)
    answering = False
    for start in sorted(opening) + sorted(s for s in paragraphs if s >= first):
        kind = kinds[start]
        if kind == "question":
            answering = False  # the outlet's question: its own words
            continue
        answering = answering or kind == "answer"
        if answering and kind != "answer" and getattr(paragraphs[start][0], "background", False):
            answering = False  # "Нагадаємо, ...": the outlet's own background after the last answer
        if not answering:
            continue
        for draft in paragraphs[start]:
            if draft.cue is None and draft.attribution in ("none", "implicit"):
                draft.take(interviewee, "direct_quote", "quote.interview_answer")


def _addressed_name(text: str, starts: list[int], kinds: dict[int, str | None],
                    paragraphs: dict[int, list[ClaimDraft]]) -> str | None:
    """The name an interviewer's line opens with, set off by a comma ("— Олено, доброго дня."), if any: the lines
    that ask, and the dash lines before the first one that answers a question."""
    for start in starts:
        if kinds[start] not in ("question", "answer"):
            continue
        line_start = text.rfind("\n", 0, start) + 1
        match = _ADDRESS.match(text, line_start, paragraphs[start][-1].sentence.end)
        if match is not None and kinds[start] == "question" or match is not None and not any(
                kinds[k] == "question" for k in starts if k < start):
            words = [w for w in match.group(1).split() if w.lower() not in _HONORIFICS]
            return " ".join(words) or None
    return None


def first_name_of(address: str, person: Source) -> bool:
    """Does the name addressed ("Олено", "Алексей Петрович") open the person's name, in any case form?"""
    words, names = address.lower().split(), person.name.lower().split()
    if not words or not names:
        return False
    first = words[0]  # a patronymic after it ("Алексей Петрович") the article may not print with the name
    return first[:max(3, len(first) - 2)] == names[0][:max(3, len(first) - 2)]


def _alternating_turns(text: str, starts: list[int], kinds: dict[int, str | None],
                       paragraphs: dict[int, list[ClaimDraft]]) -> dict[int, str | None]:
    """Dialogue lines taking turns, where a question goes on with a remark ("— Які емоції? Чого не вистачило?
    Результат був не на нашому боці.") and an answer may open with a question of its own ("— Та які там емоції? Це
    ганьба."): when every other dash line, from the first, opens with a question, those are the interviewer's and
    the lines between them (with the paragraphs that go on from them) are the answers."""
    turns = [start for start in starts if kinds[start] == "answer"]  # every dash line, for now
    asking = [turns[i] for i in range(0, len(turns), 2)]
    if len(turns) < 2 * ALTERNATING_QUESTIONS or not all(
            _asks(text, paragraphs[start][0]) for start in asking):
        return kinds
    if all(_asks(text, paragraphs[start][0]) for start in turns):
        return kinds  # every line asks: no sign of whose turn it is
    return {start: ("question" if start in asking else kind) for start, kind in kinds.items()}


def _asks(text: str, draft: ClaimDraft) -> bool:
    """Does the sentence end on a question mark?"""
    return text[draft.sentence.start:draft.sentence.end].rstrip("»”\"' ").endswith("?")


def _answers_from(starts: list[int], kinds: dict[int, str | None], first: int) -> list[int]:
    """The answers' paragraphs from the first question on, in order, with the paragraphs that go on from them
    ("Ребята бились ..., – цитирует тренера Tribuna." after the last answer)."""
    found, answering = [], False
    for start in starts:
        if start < first:
            continue
        if kinds[start] == "question":
            answering = False
            continue
        answering = answering or kinds[start] == "answer"
        if answering:
            found.append(start)
    return found


def _dialogue_line(text: str, members: list[ClaimDraft]) -> str | None:
    """A question (a paragraph ending with "?", with or without a dash), an answer (a paragraph opening with a
    dash), or neither."""
    block = members[0].sentence.block
    line_start = text.rfind("\n", 0, block.start) + 1
    content = text[line_start:block.end].strip()  # the page reader may leave the dash out of the block
    marker = content[:2].upper()
    if marker in ("Q:", "Q."):
        return "question"
    if marker in ("A:", "A."):
        return "answer"
    if content.rstrip("»”\"' ").endswith("?"):
        return "question"
    if not content or content[0] not in DIALOGUE_DASHES or len(content) < 2 or not content[1].isspace():
        return None
    return "answer"


def _interviewee(before: Sequence[ClaimDraft]) -> list[Source] | None:
    """The person the article named last before its questions begin ("Защитник Олег Бондарук ответил на вопросы"),
    with the outlet that person spoke through, if any ("в прямом эфире Радио НВ рассказал")."""
    for draft in reversed(before):
        person = next((s for s in draft.sources if s.kind in SPEAKING_KINDS), None)
        if person is not None:
            relay = next((s for s in draft.sources if person.via is not None and s.id == person.via), None)
            return [person] if relay is None else [person, relay]
    return None


# A transcript's turn: a paragraph that opens with its speaker's name in capitals and a colon ("GREGOR PALLAS: We
# cannot ...", "ROOK: ..."), or that holds only the label over the turn's words ("MARIA OSTEN, HOST:").
_TURN = re.compile(r"\s*(?P<label>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,4})(?:,\s*(?P<role>[A-Z][A-Z ]{1,24}))?:"
                   r"(?:\s+|$)")
# The outlet's own people in a transcript: their turns are its voice.
TRANSCRIPT_OUTLET_ROLES = frozenset({"BYLINE", "HOST", "ANCHOR", "REPORTER", "CORRESPONDENT", "INTERVIEWER",
                                     "PRESENTER", "MODERATOR", "Q"})
TRANSCRIPT_TURNS = 3  # labelled turns that make a page a transcript (one label may be a dateline or a heading)


def credit_turns(text: str, drafts: Sequence[ClaimDraft], speaker_named: Callable[[int, int], list[Source]]) -> None:
    """In a broadcast transcript, whose turns open with their speaker's name in capitals ("GREGOR PALLAS: ..."),
    give every sentence of a guest's turn to the guest (``quote.transcript_turn``); the host's and the reporter's
    turns are the outlet's voice. Sentences with a cue of their own keep what they have.
    ``speaker_named``: the source the label's name at these offsets stands for ("GREGOR PALLAS", "ROOK")."""
    paragraphs: dict[int, list[ClaimDraft]] = {}
    for draft in drafts:
        if draft.sentence.block.role == "body":
            paragraphs.setdefault(draft.sentence.block.paragraph, []).append(draft)
    labelled: dict[int, re.Match[str]] = {}
    for paragraph, members in paragraphs.items():
        match = _TURN.match(text, members[0].sentence.block.start, members[0].sentence.block.end)
        if match is not None and not any(ch.isdigit() for ch in match.group("label")):
            labelled[paragraph] = match
    if len(labelled) < TRANSCRIPT_TURNS:
        return
    outlet_words: set[str] = set()
    speaker: list[Source] | None = None
    for paragraph in sorted(paragraphs):
        match = labelled.get(paragraph)
        if match is not None:
            label, role = match.group("label"), (match.group("role") or "").strip()
            words = label.split()
            if role in TRANSCRIPT_OUTLET_ROLES or label in TRANSCRIPT_OUTLET_ROLES or words[-1] in outlet_words:
                outlet_words.update(words)
                speaker = None  # the host or the reporter: the outlet's voice
            else:
                speaker = speaker_named(match.start("label"), match.end("label")) or None
        for draft in paragraphs[paragraph]:
            if speaker and draft.cue is None:
                draft.take(speaker, "direct_quote", "quote.transcript_turn")
            elif speaker is None and match is not None and draft.cue is None and draft.attribution == "implicit":
                draft.take([], "none", "quote.transcript_turn")
