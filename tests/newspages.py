"""News pages written by the team for the `add` tests, in the shape real news sites serve them.

The story (a tidal barrier voted in a fictional harbour town) and every sentence are our own. The shape follows
real article pages: a header menu, a cookie banner, a share bar, a "Trending" sidebar whose headlines carry other
figures (a trap: if chrome leaked into the text, a check would find a divergence that is not in the article),
related links, a newsletter box and a footer around the article; JSON-LD NewsArticle and OpenGraph metadata in the
head; a canonical link that differs from the address served.
"""

from __future__ import annotations

import json
from dataclasses import dataclass


@dataclass(frozen=True)
class Article:
    headline: str
    publisher: str
    author: str
    date: str            # ISO date of publication
    byline_date: str     # the date as the byline prints it
    paragraphs: tuple[str, ...]
    canonical: str       # path of the canonical address on the test server
    language: str = "en"


WIRE = Article(
    headline="Harbour council approves tidal barrier after three-year review",
    publisher="Coastline Wire",
    author="Marta Okafor",
    date="2025-03-11",
    byline_date="March 11, 2025",
    paragraphs=(
        "PORT ELLISON, March 11 (Coastline Wire) \u2014 The Port Ellison city council on Tuesday approved a tidal "
        "barrier across the mouth of the Wren estuary at a cost of 412 million dollars, ending a review that began "
        "in 2022.",
        "Councillors voted 9 to 4 in favour of the plan. Construction is due to start in the autumn and should take "
        "about six years, the council said in a statement.",
        "The barrier will have 14 steel gates, each 30 metres wide, which close when a storm surge is forecast. "
        "Engineers said the structure should protect about 38,000 homes along the estuary.",
        "Opponents, including two fishing cooperatives, argued that the gates would upset the salt balance of the "
        "estuary. Mayor Ilse Varga said an independent panel would monitor water quality for ten years.",
    ),
    canonical="/news/2025/03/11/harbour-council-approves-tidal-barrier",
)

COURIER = Article(
    headline="Council backs Wren estuary barrier in close vote",
    publisher="Ellison Courier",
    author="Tomas Reed",
    date="2025-03-12",
    byline_date="March 12, 2025",
    paragraphs=(
        "City councillors in Port Ellison have approved a barrier meant to shield the Wren estuary from storm "
        "surges, after a debate that ran late into Tuesday night.",
        "The scheme will cost 412 million dollars and is expected to protect roughly 38,000 homes, according to "
        "engineers who advised the council.",
        "Work on the 14 gates should begin in the autumn. Several residents at the meeting said they feared years "
        "of noise from the building site near the quay.",
    ),
    canonical="/local/council-backs-wren-estuary-barrier",
)

LEDGER = Article(
    headline="Port Ellison signs off on estuary gates",
    publisher="Gulf Ledger",
    author="Priya Natarajan",
    date="2025-03-13",
    byline_date="March 13, 2025",
    paragraphs=(
        "The Port Ellison council approved a tidal barrier across the Wren estuary at a cost of 450 million "
        "dollars, the town's largest public works project in decades.",
        "Supporters on the council said the gates were overdue after two winters of flooding in the lower town. "
        "Critics said the money would be better spent on raising sea walls.",
    ),
    canonical="/business/port-ellison-estuary-gates",
)

QUAY = Article(
    headline="Caf\u00e9 owners on Ellison quay weigh the barrier years",
    publisher="Quay Gazette",
    author="Zo\u00eb Lef\u00e8vre",
    date="2025-03-14",
    byline_date="14 March 2025",
    paragraphs=(
        "Owners of the caf\u00e9s along the Ellison quay said on Friday that they welcomed the protection from "
        "floods but feared for their trade while the gates are built.",
        "\u00c9lodie Brun, who has run a bakery on the quay for eleven years, said the council should help small "
        "businesses through the six years of construction.",
    ),
    canonical="/quay/cafe-owners-weigh-barrier-years",
)

TRENDING = (
    "Barrier to cost 900 million dollars, critics claim",
    "Ferry timetable changes from Monday",
    "Five things to know about the storm season",
)


def head(article: Article, base: str, *, json_ld: bool = True, dated_meta: bool = True) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.headline,
        "author": [{"@type": "Person", "name": article.author}],
        "publisher": {"@type": "Organization", "name": article.publisher,
                      "logo": {"@type": "ImageObject", "url": f"{base}/static/logo.png"}},
        "mainEntityOfPage": f"{base}{article.canonical}",
        "inLanguage": article.language,
    }
    if dated_meta:
        data["datePublished"] = f"{article.date}T09:30:00Z"
        data["dateModified"] = f"{article.date}T11:05:00Z"
    parts = [
        f"<title>{article.headline} | {article.publisher}</title>",
        f'<link rel="canonical" href="{base}{article.canonical}">',
        f'<meta property="og:title" content="{article.headline}">',
        f'<meta property="og:site_name" content="{article.publisher}">',
        f'<meta property="og:url" content="{base}{article.canonical}">',
        '<meta property="og:type" content="article">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<link rel="stylesheet" href="/static/site.css">',
        '<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}</script>',
    ]
    if dated_meta:
        parts.append(f'<meta property="article:published_time" content="{article.date}T09:30:00Z">')
    if json_ld:
        parts.append(f'<script type="application/ld+json">{json.dumps(data)}</script>')
    return "\n".join(parts)


CHROME_TOP = """
<div class="cookie-banner" id="cookies">We use cookies to improve your experience. By continuing to browse you agree
to our use of cookies. <button>Accept all</button> <a href="/privacy">Cookie settings</a></div>
<header class="site-header">
  <a class="logo" href="/">{publisher}</a>
  <nav class="main-menu"><ul>
    <li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/local">Local</a></li>
    <li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li>
  </ul></nav>
  <form class="search"><input type="search" placeholder="Search"><button>Search</button></form>
  <a class="subscribe" href="/subscribe">Subscribe</a> <a href="/login">Log in</a>
</header>
<div class="breaking">Breaking: Ferry timetable changes from Monday</div>
"""

CHROME_AFTER = """
<div class="share-bar"><span>Share this article</span> <a href="#">Facebook</a> <a href="#">X</a>
<a href="#">WhatsApp</a> <a href="#">Email</a></div>
<section class="related"><h3>Related stories</h3><ul>
  <li><a href="/r/1">How the estuary flooded twice in two winters</a></li>
  <li><a href="/r/2">Fishing cooperatives plan a legal challenge</a></li>
</ul></section>
<div class="newsletter"><h4>Get the morning briefing</h4><p>Sign up for our newsletter and never miss a story.</p>
<form><input type="email" placeholder="Email address"><button>Sign up</button></form></div>
<div class="comments"><h3>Comments</h3><p>Log in to join the conversation.</p></div>
"""

SIDEBAR = """
<aside class="sidebar"><h3>Trending</h3><ol>
{items}
</ol><div class="ad">Advertisement</div></aside>
"""

FOOTER = """
<footer><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li>
<li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of use</a></li></ul>
<p>\u00a9 2025 {publisher}. All rights reserved.</p></footer>
"""


def page(article: Article, base: str, *, json_ld: bool = True, dated_meta: bool = True,
         charset_meta: bool = True) -> str:
    """A full article page: chrome around the story, the date in the byline as well (or only there)."""
    items = "\n".join(f'<li><a href="/t/{i}">{t}</a></li>' for i, t in enumerate(TRENDING))
    body = "\n".join(f"<p>{p}</p>" for p in article.paragraphs)
    time_tag = (f'<time datetime="{article.date}">{article.byline_date}</time>' if dated_meta
                else f"<span class=\"when\">{article.byline_date}</span>")
    charset = '<meta charset="utf-8">' if charset_meta else ""
    return f"""<!DOCTYPE html>
<html lang="{article.language}">
<head>
{charset}
{head(article, base, json_ld=json_ld, dated_meta=dated_meta)}
</head>
<body class="article-page">
{CHROME_TOP.format(publisher=article.publisher)}
<main>
<div class="breadcrumb"><a href="/">Home</a> &raquo; <a href="/news">News</a></div>
<article class="story">
<h1 class="headline">{article.headline}</h1>
<div class="byline">By <a rel="author" href="/authors/x">{article.author}</a> | {time_tag}</div>
<figure><img src="/img/gates.jpg" alt=""><figcaption>The estuary at low tide. Photo: Staff</figcaption></figure>
<div class="article-body">
{body}
</div>
</article>
{CHROME_AFTER}
</main>
{SIDEBAR.format(items=items)}
{FOOTER.format(publisher=article.publisher)}
<script src="/static/app.js"></script>
</body>
</html>
"""


def hand_made(article: Article) -> str:
    """The article as a fact-checker would save it by hand: headline, byline with date, paragraphs."""
    lines = [article.headline, "", f"By {article.author} | {article.byline_date}", ""]
    for p in article.paragraphs:
        lines += [p, ""]
    return "\n".join(lines)
