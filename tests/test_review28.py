"""Review of four page-reading rules (review28), attacked with invented pages in the styles of wire copy, local news,
live blogs, press releases and scraped aggregators. 141d1b8: (1) a byline is "By" and a capitalised name on a line of
at most 20 words, and a paragraph opening "By Wednesday night", "By noon", "By a vote" is body; (2) a list under a
summary header ("Key points", "What we know", "Summary", "At a glance", ...) is body, even above a live blog's first
post (7c98f6a added "What to know"). 7c98f6a: (3) a list a paragraph ending with a colon introduces is body; a
"Related:" box between paragraphs ends where a paragraph of 12+ words ending a statement resumes; a footer header
("Comments", "About the author", "Tags") runs to the end. ca7df51: (4) a weekday after a clock time ("at 3 a.m.
Tuesday") goes on with the sentence. A case the engine gets wrong is a strict xfail whose reason says whether the rule
under review caused it (each was run against the commit before its rule: 141d1b8~1 for (1) and (2), 7c98f6a~1 for
(3) and for "What to know", ca7df51~1 for (4)). Every name, page and story is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.models import Verdict
from reviewcases import MENTIONS, SUPPORTS, case
from test_fact_traps import verdict

R1 = " (caused by 141d1b8, rule 1: before it this {})"
R2 = " (caused by 141d1b8, rule 2: before it the list was chrome and this {})"
R2B = " (caused by 7c98f6a, which added 'What to know' to rule 2's headers: before it the list was chrome, {})"
R3 = " (caused by 7c98f6a, rule 3: before it this {})"
R4 = " (caused by ca7df51, rule 4: before it the two sentences were read apart and this supported)"
OLD1 = " (the same before 141d1b8, when every paragraph opening 'By' was a byline: rule 1 left it, did not cause it)"
OLD3 = " (the same before 7c98f6a: not caused by the rule under review)"
OLD = " (the same before 141d1b8 and 7c98f6a: not caused by the rules under review)"


def page(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


HEAD = ("Orsk harbour budget approved after long debate", "By Dana Whitcombe", "Published March 18, 2026")
LEAD = "The Orsk council approved a harbour budget of 412 million kronor on Tuesday, after a six-hour debate."
MORE = "The budget sets aside 38 million kronor for a new ferry terminal, the council said in a statement."
BYE = "Kerr said the work would go on."
BLOG = ("LIVE: Orsk council votes on the harbour budget", "Orsk Daily | Tuesday 3 March 2026 | Last updated 21:40")
POSTS = ("21:40\nThat is all from us tonight. The council approved the budget by 12 votes to 5.",
         "20:15\nThe debate has begun in the council chamber.")
FARES = "Orsk ferry fares will rise 4% from April."
COMMENT = "The terminal will really cost 95 million kronor, and everyone at the council knows it."
COOKIES = ("We value your privacy. We and our 214 partners store and access information on your device, such as unique "
           "identifiers, to personalise content and measure audiences, for these purposes:")

# Rule 1: "By" paragraphs and bylines
BYLINES = [
    case("The Halden plant cut 240 jobs.", page(*HEAD, LEAD, "By contrast, the Halden plant cut 240 jobs.", BYE),
         SUPPORTS, id="by-contrast-is-body"),
    case("38 people were taken to hospital.", page(*HEAD, LEAD, "By then, 38 people had been taken to hospital.", BYE),
         SUPPORTS, id="by-then-is-body"),
    case("The council must hold a vote within 30 days.",
         page(*HEAD, LEAD, "By law, the council must hold a vote within 30 days.", BYE), SUPPORTS, id="by-law-is-body"),
    case("Kelvra shares had fallen 14% by Monday's close.",
         page(*HEAD, LEAD, "By Monday's close, Kelvra shares had fallen 14% to 3.20 crowns.", BYE), SUPPORTS,
         id="by-mondays-close-is-body"),
    case("The utility had restored power to 4,200 homes by Dec. 31.",
         page(*HEAD, LEAD, "By Dec. 31, the utility had restored power to 4,200 of the 5,100 homes that lost it.", BYE),
         SUPPORTS, id="by-dec-31-is-body"),
    case("The Orsk food bank handed out 12,000 meals by Christmas.",
         page(*HEAD, LEAD, "By Christmas, the Orsk food bank had handed out 12,000 meals, twice last year's total.",
              BYE),
         SUPPORTS, id="by-christmas-is-body"),
    case("Orlen Water must pay the fine within 60 days.",
         page(*HEAD, LEAD, "By EU rules, Orlen Water must pay the fine within 60 days.", BYE), SUPPORTS,
         id="by-eu-rules-is-body"),
    case("Forty people were hurt in the crush.",
         page(*HEAD, LEAD, "By Kerr's own count, forty people were hurt in the crush.", BYE), SUPPORTS,
         reason="lost support: 'By Kerr's own count, ...' is a sentence, not a byline: a possessive after 'By' names "
         "no writer" + OLD1, id="by-a-possessive-is-body"),
    case("The Orsk council approved a harbour budget of 412 million kronor.",
         page("Orsk harbour budget approved", "By JANE DOE, Associated Press", LEAD), SUPPORTS, id="byline-wire"),
    case("The Orsk council approved a harbour budget of 412 million kronor.",
         page("Orsk harbour budget approved", "by the Newsdesk", LEAD), SUPPORTS, id="byline-newsdesk"),
    case("The Orsk council approved a harbour budget of 412 million kronor.",
         page("Orsk harbour budget approved", "By Reuters", LEAD), SUPPORTS, id="byline-wire-agency"),
    case("The Orsk council approved a harbour budget of 412 million kronor.",
         page("Orsk harbour budget approved", "BY MARIA LOPEZ and TOM REED", LEAD), SUPPORTS,
         id="byline-two-in-capitals"),
    case("Orsk schools will reopen on March 19.",
         page("Storm closes Orsk schools", "By Dana Reyes | March 18, 2026", "Updated March 20, 2026",
              "Schools in Orsk were closed on Wednesday after a storm brought down power lines across the city.",
              "The schools will reopen on Thursday, the council said."), SUPPORTS, id="byline-dates-the-page"),
    case("Orsk schools will reopen on March 19.",
         page("Storm closes Orsk schools", "By April Reyes | March 18, 2026", "Updated March 20, 2026",
              "Schools in Orsk were closed on Wednesday after a storm brought down power lines across the city.",
              "The schools will reopen on Thursday, the council said."), SUPPORTS,
         id="byline-of-a-writer-named-april"),
]

# Rule 2: summary lists
SUMMARIES = [
    case("The Orsk council approved a harbour budget of 412 million kronor.",
         page(*BLOG, "Key points\n- The Orsk council approved a harbour budget of 412 million kronor\n- Twelve "
              "councillors voted for it and five against", *POSTS), SUPPORTS, id="key-points-above-a-live-blog"),
    case("The Food Safety Authority ordered a recall of 38 batches of infant formula.",
         page("Infant formula recalled", "By Dana Whitcombe", "Key points\n- Food Safety Authority orders recall of 38 "
              "batches of infant formula\n- Parents told to check batch numbers on the tin",
              "The recall was announced on Tuesday after tests found traces of a bacterium in one plant, officials "
              "said."), SUPPORTS, id="key-points-written-as-headlines"),
    case("Halden hospital cut 120 nursing jobs.",
         page(*BLOG, "What to know\n- Orsk ferry fares to rise 4% from April\n- Halden hospital cuts 120 nursing jobs\n"
              "- Storm dumps 40 cm of snow on the coast", *POSTS), MENTIONS,
         reason="false support: a 'What to know' list of headline links to other stories above a live blog is read "
         "as the blog's summary" + R2B.format("giving no verdict"), id="what-to-know-links-to-other-stories"),
    case(FARES, page(*BLOG, "Summary\n- Read more: Orsk ferry fares will rise 4% from April", *POSTS), MENTIONS,
         id="summary-holding-a-read-more-link"),
    case(FARES, page("Trending", "At a glance\n- Orsk ferry fares will rise 4% from April, the operator says\n- Halden "
                     "hospital cuts 120 nursing jobs", *HEAD, LEAD), MENTIONS,
         id="at-a-glance-inside-a-trending-sidebar"),
    case("Halden hospital will cut 120 nursing jobs by June.",
         page(*HEAD, LEAD, MORE, "In brief\n- Halden hospital will cut 120 nursing jobs by June, the union says"),
         MENTIONS, reason="false support: an 'In brief' column of other stories after the body is read; a "
         "sentence-case list after the body was read before any summary rule" + OLD,
         id="in-brief-column-after-the-body"),
]

# Rule 3: boxes, footers and lists a colon introduces
BOXES = [
    case("The budget sets aside 38 million kronor for a new ferry terminal.",
         page(*HEAD, LEAD, "Related:", "Harbour dredging to start in May", "Orsk ferry fares to rise 4% from April",
              MORE), SUPPORTS, reason="lost support: a 'Related:' box after the body ends the article, and the "
         "paragraph after it is not read (the box rule of 7c98f6a that read it was withdrawn after this review: its "
         "long link titles, comments and appended stories read as the article resuming)",
         id="related-box-ends-where-the-article-resumes"),
    case(FARES, page(*HEAD, LEAD, "Related:", "Orsk ferry fares will rise 4% from April, the first increase in three "
                     "years, operator says.", "Harbour dredging to start in May after a two-year delay, the port "
                     "authority confirms.", MORE), MENTIONS,
         id="related-box-with-long-titles"),
    case("Halden hospital will cut 120 nursing jobs by June.",
         page(*HEAD, LEAD, MORE, "Most read", "1. Halden hospital will cut 120 nursing jobs by June, the nurses' union "
              "said on Monday.", "2. Storm dumps 40 cm of snow on the coast"), MENTIONS,
         id="most-read-list-after-the-body"),
    case("The terminal will cost 95 million kronor.",
         page(*HEAD, LEAD, MORE, "Most read", "Storm dumps 40 cm of snow on the coast", "Orsk school closes after roof "
              "leak", "Join the conversation", COMMENT), MENTIONS,
         id="comment-after-most-read"),
    case(FARES, page(*HEAD, LEAD, MORE, "Read next", "Ferry fares to rise", "Orsk ferry fares will rise 4% from April, "
                     "the operator said on Monday, the first increase in three years."), MENTIONS,
         id="next-story-under-read-next"),
    case("The terminal will cost 95 million kronor.", page(*HEAD, LEAD, MORE, "Comments", COMMENT), MENTIONS,
         id="comments-run-to-the-end"),
    case("The terminal will cost 95 million kronor.", page(*HEAD, LEAD, MORE, "Comments (2)", COMMENT), MENTIONS,
         id="comments-with-a-count"),
    case("The terminal will cost 95 million kronor.", page(*HEAD, LEAD, MORE, "Join the conversation", COMMENT),
         MENTIONS, id="join-the-conversation"),
    case("Dana Whitcombe has covered the Orsk council for 12 years.",
         page(*HEAD, LEAD, MORE, "About the author", "Dana Whitcombe has covered the Orsk council for 12 years and "
              "lives in Halden with her family."), MENTIONS, id="about-the-author-runs-to-the-end"),
    case("Councillor Ilse Varga voted against the budget.",
         page(*HEAD, LEAD, "Related:", "Harbour dredging to start in May", "Orsk ferry fares to rise 4% from April",
              "Councillor Ilse Varga voted against the budget.", MORE), SUPPORTS,
         reason="lost support: a paragraph of fewer than 12 words after a 'Related:' box is taken for a link title"
         + OLD3 + " (then the box closed the article)", id="related-box-then-a-short-paragraph"),
    case("Councillor Ilse Varga voted against the budget.",
         page(*HEAD, LEAD, "Related:", "Harbour dredging to start in May", "Orsk ferry fares to rise 4% from April",
              "Councillor Ilse Varga, who voted against the budget, gave three reasons for her vote on Tuesday:",
              "- the terminal is too expensive", "- the dredging is late"), SUPPORTS,
         reason="lost support: a paragraph ending with a colon does not end a statement, so it does not close the "
         "'Related:' box" + OLD3, id="related-box-then-a-paragraph-ending-with-a-colon"),
    case(FARES, page(*HEAD, LEAD, "For more on the harbour and its ferries, see our earlier coverage:",
                     "- Orsk Ferry Fares Will Rise 4% From April", "- Harbour Dredging To Start In May"), MENTIONS,
         id="colon-list-of-title-case-links"),
    case(FARES, page(*HEAD, LEAD, "For more on the harbour and its ferries, see our earlier coverage:",
                     "- Orsk ferry fares will rise 4% from April", "- Harbour dredging to start in May"), MENTIONS,
         reason="false support: sentence-case links in a list after the body are read, colon or not" + OLD3,
         id="colon-list-of-sentence-case-links"),
    case(FARES, page("Orsk Morning Briefing", "Good morning. These are the stories our readers are following today:",
                     "- Orsk ferry fares will rise 4% from April", "- Halden hospital cuts 120 nursing jobs", *HEAD,
                     LEAD), MENTIONS,
         id="digest-above-the-article"),
    case("The Orsk mayor quit after the harbour budget vote.",
         page(COOKIES, "- Store and access information on a device", "- Personalised ads and content, ad measurement",
              "Orsk mayor quits after harbour budget vote", "By Dana Whitcombe", LEAD, MORE), MENTIONS,
         id="cookie-banner-ending-with-a-colon"),
    case("The Orsk Port Authority handled 14.2 million tonnes of cargo in 2025.",
         page("PRESS RELEASE", "ORSK PORT AUTHORITY REPORTS RECORD YEAR",
              "The Orsk Port Authority today confirms the following figures for 2025:",
              "- Cargo handled: 14.2 million tonnes", "- Ferry passengers: 1.1 million"), SUPPORTS,
         reason="lost support: a release's one-sentence opening that ends with a colon has no full stop, so it is not "
         "prose: it is taken for the headline and its list is dropped" + OLD3, id="release-opening-with-a-colon"),
]

LEDE = "HALDEN, March 18, 2026 (Reuters) - "

# Rule 4: a weekday after a clock time
CLOCKS = [
    case("Power came back on Sunday.", LEDE + "A storm hit the coast last week. Power came back at about 10:30 p.m. "
         "Sunday in most of the city, the utility said.", SUPPORTS, id="clock-time-then-its-day"),
    case("Friday's storm cut power to 300 homes.", LEDE + "A storm hit the coast last week. Officials said the shelter "
         "might stay open past 10 p.m. Friday's storm cut power to 300 homes.", SUPPORTS, id="clock-time-then-a-hedge"),
    case("Friday's storm cut power to 300 homes.", LEDE + "A storm hit the coast last week. The shelter did not close "
         "until 10 p.m. Friday's storm cut power to 300 homes.", SUPPORTS,
         id="clock-time-at-a-sentence-end-then-a-denial"),
    case("Tuesday's crossing was cancelled.", LEDE + "A storm hit the coast on Monday. Kerr said ferries could not "
         "sail before 6 a.m. Tuesday's crossing was cancelled.", SUPPORTS,
         id="clock-time-at-a-sentence-end-then-a-possessive-day"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), BYLINES + SUMMARIES + BOXES + CLOCKS)
def test_review28(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule
