"""Generated news articles for the fault test: short, realistic, each one distinct (names, places, figures,
quotes and wording vary with a seed), so that every one is a new article for ingest-service and the
extractor has people, organisations, places and attributed quotes to find."""

import random

FIRST = ["Maria", "James", "Aisha", "Tomasz", "Elena", "David", "Priya", "Kwame", "Sofia", "Liam", "Yuki", "Omar",
         "Ingrid", "Carlos", "Fatima", "Henrik", "Chloe", "Rahul", "Ana", "Mikhail", "Grace", "Mateo", "Leila",
         "Stefan", "Nadia", "Oliver", "Hannah", "Jonas", "Amara", "Pierre", "Zainab", "Lucas", "Isabel", "Viktor",
         "Mei", "Samuel", "Rosa", "Emre", "Clara", "Dmitri"]
LAST = ["Okafor", "Lindqvist", "Moreau", "Kowalski", "Hernandez", "Nakamura", "Patel", "Mensah", "Rossi", "Byrne",
        "Schneider", "Haddad", "Novak", "Fischer", "Silva", "Andersen", "Dubois", "Ivanova", "Kim", "Walsh",
        "Costa", "Jansen", "Petrov", "Osei", "Bianchi", "Murphy", "Yilmaz", "Castillo", "Berg", "Tanaka",
        "Abubakar", "Keller", "Varga", "Lopez", "Horvat", "Chen", "Duarte", "Nilsen", "Farouk", "Grant"]
ORGS = ["the European Commission", "the World Health Organization", "Siemens", "the Bank of England",
        "the United Nations", "Greenpeace", "the International Monetary Fund", "Oxfam", "Toyota", "the Red Cross",
        "the Federal Reserve", "Amnesty International", "Airbus", "the African Union", "Nokia",
        "the World Bank", "Unilever", "the Royal Society", "Maersk", "the Port Authority"]
PLACES = ["Berlin", "Lagos", "Madrid", "Warsaw", "Nairobi", "Lisbon", "Oslo", "Manila", "Lyon", "Dublin",
          "Istanbul", "Accra", "Vienna", "Santiago", "Osaka", "Rotterdam", "Cairo", "Helsinki", "Bogota", "Prague"]
ROLES = ["chief executive", "spokesperson", "finance minister", "director", "chief economist", "mayor",
         "head of research", "union leader", "health minister", "chairwoman", "chairman", "senior analyst"]
TOPICS = [
    ("water tariffs", "raise", "households"),
    ("a new rail link", "approve", "commuters"),
    ("hospital funding", "cut", "patients"),
    ("the fishing quota", "extend", "fishermen"),
    ("a solar farm", "build", "residents"),
    ("port fees", "freeze", "shipping firms"),
    ("school meals", "expand", "pupils"),
    ("the minimum wage", "raise", "workers"),
    ("flood defences", "strengthen", "homeowners"),
    ("rent controls", "tighten", "tenants"),
    ("a vaccine programme", "launch", "children"),
    ("steel imports", "restrict", "manufacturers"),
]
QUOTES_FOR = [
    "This is the most important decision we have taken in a decade",
    "We cannot ask {people} to carry this burden alone",
    "The numbers simply do not add up",
    "We listened, we consulted, and now we are acting",
    "Nobody in {place} was asked before the plan was drawn up",
    "It is a fair deal for {people} and for the taxpayer",
    "We expect the first results within {months} months",
]
QUOTES_AGAINST = [
    "This plan will hurt the very people it claims to help",
    "The consultation was a box-ticking exercise",
    "We will challenge it in court if we have to",
    "Families in {place} deserve better than this",
    "The cost has been underestimated by at least {pct} per cent",
    "Nobody has explained where the money will come from",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def article(tag, scenario, n):
    """The n-th article of a scenario: a dict with title, url, source, published and body."""
    r = random.Random(f"{tag}/{scenario}/{n}")
    a = f"{r.choice(FIRST)} {r.choice(LAST)}"
    b = f"{r.choice(FIRST)} {r.choice(LAST)}"
    while b == a:
        b = f"{r.choice(FIRST)} {r.choice(LAST)}"
    org, org2 = r.sample(ORGS, 2)
    place, place2 = r.sample(PLACES, 2)
    role, role2 = r.sample(ROLES, 2)
    topic, verb, people = r.choice(TOPICS)
    num = r.randint(1_200, 980_000)
    months = r.randint(2, 18)
    pct = r.randint(10, 60)
    day = r.randint(1, 28)
    month = r.randrange(12)
    fill = {"people": people, "place": place, "months": months, "pct": pct}
    q1 = r.choice(QUOTES_FOR).format(**fill)
    q2 = r.choice(QUOTES_AGAINST).format(**fill)
    q3 = r.choice(QUOTES_FOR).format(**fill)
    title = r.choice([
        f"{place} to {verb} {topic} as {org2.replace('the ', '')} raises concerns",
        f"{a.split()[1]} defends plan to {verb} {topic} in {place}",
        f"Row over {topic} deepens in {place}",
        f"{org[0].upper() + org[1:]} backs move to {verb} {topic}",
    ])
    paragraphs = [
        f"{place.upper()} - Officials in {place} said on {r.choice(WEEKDAYS)} that they would {verb} {topic}, "
        f"a decision that affects some {num:,} {people} and follows months of talks with {org}.",
        f"\"{q1},\" said {a}, the {role} of {org}, at a press conference on {MONTHS[month]} {day}.",
        f"{b}, {role2} at {org2}, was not convinced. \"{q2},\" {b.split()[1]} told reporters in {place2}.",
        f"According to figures published by {org2}, the measure would cost about {r.randint(2, 900)} million euros "
        f"over {months} months. The council in {place} is expected to vote on it before the end of "
        f"{MONTHS[(month + 1) % 12]}.",
        f"{a.split()[1]} said the plan could still change. \"{q3},\" {a.split()[0]} {a.split()[1]} added.",
    ]
    if r.random() < 0.5:
        paragraphs.insert(3, f"Protesters gathered outside the town hall in {place} on {r.choice(WEEKDAYS)}, "
                             f"and {org} said it had received more than {r.randint(100, 9000):,} letters.")
    return {
        "title": title,
        "url": f"https://faults.newslens.test/{tag}/s{scenario}/{n}",
        "source": "faults.newslens.test",
        "published": f"2024-{month + 1:02d}-{day:02d}",
        "body": "\n\n".join(paragraphs),
    }
