#!/usr/bin/env python3
"""Writes the bundled study networks/regio-deal-drechtsteden-gorinchem/.

The study encodes the research office's end-measurement report on the Regio
Deal Drechtsteden-Gorinchem (OCD, 2024). The tables below are the one place
where the data is edited by hand; this script writes them out as the CSV
folder form of `helixnet/1` (study.json, actors.csv, ties.csv,
memberships.csv) with the alias table beside them (aliases.csv), and fills in
the generated parts of the codebook (README.md beside the data: the alias
table, the count table and the basis of every implied or assumed record).
The committed folder is the data; the script exists so that a change is made
in one place and checked against the codebook's evidence standard before it
is written.

Checks made before anything is written (the codebook states the rules):
  * ids unique and kebab-case, declared attribute values, a count for every
    group actor and only for those, an actor's waves are exactly the waves of
    its ties and memberships, an actor without a region has no tie, an
    actor's pillar agrees with its memberships;
  * ties: no self-loop, one per unordered pair per wave, a known kind with a
    weight that kind allows, and no quote supporting more than three ties of
    one wave at `stated` or `implied`;
  * evidence standard: `stated` records quote a passage dated to their wave
    (never a programme description); a `stated` tie's quote contains a name
    (alias) of both actors, a `stated` membership's quote a name of the actor
    and of the initiative (or stands on the initiative's own slide); an
    `assumed` tie's quote names at least one of its actors; `implied` records
    name one documented step, `assumed` records one documented reason, and
    steps that rest on another passage quote it;
  * with the report: every quote (and every other passage) occurs in the
    report once all whitespace is removed, `…` separating fragments that
    must occur in order, and it occurs inside the section its `source_ref`
    names (skipped with a notice when the report is not found);
  * the codebook's generated parts are up to date.

Usage:
  tools/build_bundled_study.py [--report PATH] [--check]
    --report PATH  the report text (default: ../shared/seed/<name>.txt beside
                   the checkout, as the CMake cache variable HELIXNET_SEED_REPORT)
    --check        only check; write nothing, exit 1 when a file would change
"""

import argparse
import csv
import io
import json
import os
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "networks" / "regio-deal-drechtsteden-gorinchem"
REPORT_NAME = "ocd-regio-deal-drechtsteden-gorinchem-eindmeting-2024.txt"
DEFAULT_REPORT = ROOT.parent / "shared" / "seed" / REPORT_NAME

WAVES = [2019, 2022, 2024]
S, I, A = "stated", "implied", "assumed"
LEVELS = [S, I, A]

# --------------------------------------------------------------------------
# Study header
# --------------------------------------------------------------------------

HEADER = {
    "format": "helixnet/1",
    "name": "Regio Deal Drechtsteden-Gorinchem",
    "description": (
        "Collaboration between government, industry, education and intermediary "
        "organisations in the Regio Deal Drechtsteden-Gorinchem (pillars Human Capital "
        "and Toegepaste Innovatie), at the start (Q4 2019), the baseline (Q1 2022) and the "
        "end measurement (Q1 2024). Encoded from the OCD end-measurement report of 2024, "
        "which rests on two group interviews. Ties are direct working relations the report "
        "names between two parties; who takes part in which programme is in the memberships. "
        "The codebook (README.md in the study's folder, networks/regio-deal-drechtsteden-gorinchem/) "
        "gives the evidence standard, the "
        "confidence of each record and the limits of the source."
    ),
    "sources": [
        {
            "id": "ocd2024",
            "title": "Regio Deal Drechtsteden-Gorinchem: eindmeting samenwerking 2024 "
                     "(groepsgesprekken Human Capital en Toegepaste Innovatie)",
            "publisher": "Onderzoekcentrum Drechtsteden (OCD)",
            "year": 2024,
            "authors": "S.A.M. van Dijke, R.D.J. Scheelbeek",
            "url": "https://www.onderzoekcentrumdrechtsteden.nl/Home",
        }
    ],
    # The questions the study answers first: did ties between Gorinchem and the
    # Drechtsteden, and across sectors, grow? (summary and report lead with them)
    "focus": ["region=gorinchem:drechtsteden", "sector"],
    "waves": [
        {"year": 2019, "label": "Q4 2019: start"},
        {"year": 2022, "label": "Q1 2022: baseline"},
        {"year": 2024, "label": "Q1 2024: end measurement"},
    ],
    "attributes": {
        "sector": {
            "government": {"label": "Overheid", "color": "#1f77b4", "helix": "government"},
            "industry": {"label": "Bedrijven", "color": "#ff7f0e", "helix": "industry"},
            "education": {"label": "Onderwijs", "color": "#2ca02c", "helix": "education"},
            "intermediary": {"label": "Intermediair", "color": "#9467bd"},
            "civil-society": {"label": "Maatschappelijke partners", "color": "#8c564b"},
            "mixed": {"label": "Gemengd (triple helix)", "color": "#7f7f7f"},
        },
        "region": {
            "gorinchem": {"label": "Gorinchem e.o. (arbeidsmarktregio Gorinchem)"},
            "drechtsteden": {"label": "Drechtsteden"},
            "outside": {"label": "Buiten de regio"},
        },
        "pillar": {
            "human-capital": {"label": "Human Capital"},
            "toegepaste-innovatie": {"label": "Toegepaste Innovatie"},
            "both": {"label": "Beide pijlers"},
        },
        "type": {
            "municipality": {"label": "Gemeente"},
            "regional-body": {"label": "Regionaal samenwerkingsverband"},
            "national-government": {"label": "Rijksoverheid"},
            "public-agency": {"label": "Uitvoeringsorganisatie (sociaal domein)"},
            "company": {"label": "Onderneming"},
            "business-association": {"label": "Werkgevers- of brancheorganisatie"},
            "school": {"label": "Onderwijsinstelling"},
            "intermediary": {"label": "Intermediaire organisatie"},
            "cooperative": {"label": "Coöperatie"},
            "aggregate": {"label": "Groep (niet bij naam genoemd)"},
        },
    },
}

# --------------------------------------------------------------------------
# Initiatives: id, name, pillar, status, level, part_of, note
# level: `programme` (one of the deal's eight programmes in the annex),
# `initiative` (one of the five innovation initiatives started within the
# roadmaps), `activity` (a part of a programme the report names on its own).
# --------------------------------------------------------------------------

INITIATIVES = [
    ("i-lab", "I_lab", "human-capital", "continued", "programme", "",
     "Coöperatie in Gorinchem (opgericht vóór Q1 2022); thema's Smart Industry en Klimaat, "
     "Energietransitie en Circulariteit."),
    ("mbo-aanpak", "MBO-aanpak (Baas over je eigen toekomst)", "human-capital", "continued", "programme", "",
     "Samenwerkingsplatform onderwijs en bedrijfsleven op mbo-niveau; bouwt voort op een bestaande structuur."),
    ("kansrijk", "Kansrijk (Nedstaal-terrein, Alblasserdam)", "human-capital", "continued", "programme", "",
     "Later van start (eind 2023); in Q1 2024 nog in de fase van contacten opdoen. In Q1 2024 in concurrentie "
     "met Perspct (zie competes_with): geen samenwerking, dus geen band."),
    ("perspct", "Perspct", "human-capital", "stopped", "programme", "",
     "Bouwde voort op een bestaande structuur; er is besloten om met Perspct te stoppen. Concurrentie met "
     "Kansrijk: zie kansrijk.competes_with."),
    ("dordrecht-academy", "Dordrecht Academy (Programma Hoger Onderwijs Drechtsteden)", "human-capital",
     "continued", "programme", "",
     "Associate Degree-opleidingen op het Leerpark Dordrecht, met Career Boost en een lectoraat."),
    ("maakfabriek", "Maakfabriek op het Leerpark", "toegepaste-innovatie", "continued", "programme", "",
     "Campus rond de Duurzaamheidsfabriek; fysieke locatie gepland voor 2026."),
    ("digital-mainport", "Digital mainport Drechtsteden", "toegepaste-innovatie", "continued", "programme",
     "innovatieve-roadmaps",
     "'Een belangrijk programma binnen de innovatie roadmaps'; Data Value Drechtsteden is eruit voortgekomen."),
    ("innovatieve-roadmaps", "Innovatieve roadmaps", "toegepaste-innovatie", "continued", "programme", "",
     "Bedrijven als trekker, ondersteund door de Drechtsteden, Innovation Quarter en de Economic Board "
     "Drechtsteden. Binnen de roadmaps zijn vijf innovatie-initiatieven gestart; twee zijn voortgezet."),
    ("refit-alliantie", "Refit alliantie", "toegepaste-innovatie", "continued", "initiative",
     "innovatieve-roadmaps",
     "Een van de twee voortgezette innovatie-initiatieven (vertegenwoordigd door Wärtsilä)."),
    ("fieldlab-smart-industry", "fieldlab Smart Industry", "toegepaste-innovatie", "continued", "initiative",
     "innovatieve-roadmaps",
     "Een van de twee voortgezette innovatie-initiatieven (vertegenwoordigd door de Duurzaamheidsfabriek)."),
    ("innovatie-gestopt", "Drie gestopte innovatie-initiatieven (niet bij naam genoemd)", "toegepaste-innovatie",
     "stopped", "initiative", "innovatieve-roadmaps",
     "Drie van de vijf gestarte innovatie-initiatieven zijn gestopt; het rapport noemt ze niet."),
    ("community-of-practice", "Community of practice (innovatieve roadmaps)", "toegepaste-innovatie",
     "continued", "activity", "innovatieve-roadmaps",
     "Q1 2024: triple-helixvertegenwoordigers binnen en buiten de regio uitgenodigd."),
]

# A rivalry the report describes is not collaboration: it is kept out of the
# ties (every tie counts in every measure) and recorded on the initiative, with
# its wave, confidence, quote and section, so that it stays visible and
# traceable. Columns: initiative, the initiative it competes with, wave,
# confidence, quote, source_ref.
RIVALRIES = [
    ("kansrijk", "perspct", 2024, S,
     "concurrentie tussen Perspct en Kansrijk in de uitvoering (zelfde doel, zelfde doelgroep en zelfde bron)",
     "ocd2024, Bijlage, Kansrijk, Uitdagingen"),
]

# --------------------------------------------------------------------------
# Sections of the report (`source_ref`): the lines of the report text each
# covers, and the wave its text is dated to. The report is a slide deck: in
# the main part each slide's title is printed *after* its text, so a passage
# belongs to the title line that follows it (README.md, "Section references").
# Wave: a year (an annex timeline point, or a slide about the 2024 state), "plan"
# (the programme descriptions written at the start: never `stated`), or None
# (main text: dated by its own words, checked by hand).
# --------------------------------------------------------------------------

def ref(section):
    return "ocd2024, " + section


SECTIONS = {
    ref("Inleiding"): (1, 36, 2024),
    ref("Management summary (1/3)"): (37, 68, None),
    ref("Management summary (2/3)"): (69, 103, None),
    ref("Management summary (3/3)"): (104, 120, None),
    ref("Inleiding (Start Regio Deal)"): (121, 144, None),
    ref("De voortgang van de samenwerking"): (145, 175, None),
    ref("Uitdagingen bij de samenwerking (I)"): (176, 205, None),
    ref("Uitdagingen bij de samenwerking (II)"): (206, 252, None),
    ref("Uitdagingen bij de samenwerking (III)"): (253, 273, None),
    ref("Uitdagingen bij de samenwerking (IV)"): (274, 305, None),
    ref("Bijdrage van de Regio Deal aan de samenwerking (I)"): (306, 335, None),
    ref("Bijdrage van de Regio Deal aan de samenwerking (II)"): (336, 364, None),
    ref("Bijdrage van de Regio Deal aan de samenwerking (III)"): (365, 448, None),
    ref("Uitdagingen voor de toekomst (I)"): (449, 479, None),
    ref("Uitdagingen voor de toekomst (II)"): (480, 526, None),
    ref("Uitdagingen voor de toekomst (III)"): (527, 551, None),
    ref("Leerpunten voor nieuwe Deals en initiatieven"): (552, 588, None),
    ref("Bijlage, 5 programma’s Human Capital, Programma Hoger Onderwijs Drechtsteden"): (591, 606, "plan"),
    ref("Bijlage, 5 programma’s Human Capital, Perspct"): (608, 616, "plan"),
    ref("Bijlage, 5 programma’s Human Capital, I_lab"): (618, 630, "plan"),
    ref("Bijlage, 5 programma’s Human Capital, Kansrijk"): (632, 642, "plan"),
    ref("Bijlage, 5 programma’s Human Capital, MBO-aanpak"): (644, 652, "plan"),
    ref("Bijlage, 3 programma’s Toegepaste Innovatie, Maakfabriek"): (654, 668, "plan"),
    ref("Bijlage, 3 programma’s Toegepaste Innovatie, Digital mainport Drechtsteden"): (670, 679, "plan"),
    ref("Bijlage, 3 programma’s Toegepaste Innovatie, Innovatieve roadmaps"): (681, 695, "plan"),
    ref("Bijlage, MBO-aanpak, Q4 2019"): (698, 699, 2019),
    ref("Bijlage, MBO-aanpak, Q1 2022"): (701, 705, 2022),
    ref("Bijlage, MBO-aanpak, Q1 2024"): (707, 742, 2024),
    ref("Bijlage, MBO-aanpak, Uitdaging"): (744, 749, 2024),
    ref("Bijlage, I_lab, Q4 2019"): (752, 756, 2019),
    ref("Bijlage, I_lab, Q1 2022"): (758, 763, 2022),
    ref("Bijlage, I_lab, Q1 2024"): (765, 781, 2024),
    ref("Bijlage, I_lab, Bijdrage Regio Deal"): (783, 800, 2024),
    ref("Bijlage, I_lab, Quote deelnemer"): (802, 819, 2024),
    ref("Bijlage, Kansrijk, Q4 2019"): (822, 822, 2019),
    ref("Bijlage, Kansrijk, Q1 2024"): (824, 834, 2024),
    ref("Bijlage, Kansrijk, Next steps"): (836, 844, 2024),
    ref("Bijlage, Kansrijk, Uitdagingen"): (846, 857, 2024),
    ref("Bijlage, Dordrecht Academy, Q4 2019"): (860, 860, 2019),
    ref("Bijlage, Dordrecht Academy, Q1 2022"): (862, 864, 2022),
    ref("Bijlage, Dordrecht Academy, Q1 2024"): (866, 882, 2024),
    ref("Bijlage, Dordrecht Academy, Uitdagingen"): (884, 891, 2024),
    ref("Bijlage, Dordrecht Academy, Quote deelnemers"): (893, 903, 2024),
    ref("Bijlage, Samenwerking op innovatie (Q1 2024), Maakfabriek"): (923, 944, 2024),
    ref("Bijlage, Samenwerking op innovatie (Q1 2024), Innovatieve roadmaps"): (946, 954, 2024),
    ref("Bijlage, Samenwerking op innovatie (Q1 2024), Digital mainport Drechtsteden"): (956, 972, 2024),
}

# The annex slides of each initiative: a `stated` membership quoted from one of
# them need not name the initiative again.
INITIATIVE_SECTIONS = {
    "i-lab": "Bijlage, I_lab", "mbo-aanpak": "Bijlage, MBO-aanpak", "kansrijk": "Bijlage, Kansrijk",
    "dordrecht-academy": "Bijlage, Dordrecht Academy",
    "maakfabriek": "Bijlage, Samenwerking op innovatie (Q1 2024), Maakfabriek",
    "digital-mainport": "Bijlage, Samenwerking op innovatie (Q1 2024), Digital mainport",
    "innovatieve-roadmaps": "Bijlage, Samenwerking op innovatie (Q1 2024), Innovatieve roadmaps",
}

# --------------------------------------------------------------------------
# The evidence standard (README.md, "Evidence standard"): the kinds of
# inference step an `implied` record may take (exactly one), and the reasons
# a record is only `assumed`.
# --------------------------------------------------------------------------

STEPS = {
    "P": ("party",
          "The quote refers to a party by a role word ('gemeente', 'bedrijfsleven', 'onderwijs', 'ondernemers', "
          "'partners') or leaves it as the subject of the slide; another passage, quoted beside it, says which "
          "actor that is."),
    "D": ("date",
          "The quote names the parties but is not itself dated to the wave; one other passage, quoted beside it, "
          "dates it. The programme descriptions of the annex were written at the start (their targets run "
          "'tot en met 2023'), so what they describe as a programme's set-up is dated to 2019 when the report "
          "shows the programme running at the start; an example is dated by the present-tense statement it "
          "illustrates; the Regio Deal application by I_lab's 'Q4 2019' line."),
    "C": ("column",
          "On the annex slide 'Samenwerking op innovatie (Q1 2024)' the three programme columns are printed one "
          "after the other below their headings; a bullet belongs to the programme of the column it stands in "
          "(read from its place in the text and its line width), which its `source_ref` names."),
    "R": ("relation",
          "The quote names and dates the parties, but the working relation is read from an arrangement it "
          "describes rather than stated: a computer centre on another organisation's roof, an invitation to a "
          "community of practice, programmes that 'aansluiten bij wat ondernemers willen'."),
    "X": ("continuation",
          "The quote says that others joined beside earlier parties ('meer sectoren', 'meer ondernemers'), so "
          "the earlier parties, quoted beside it, are still there."),
}
VIA_NEEDED = {"P", "D", "X"}
UNDATED_STEPS = {"D"}

REASONS = {
    "carried": "Carried from another wave: the report shows the programme running in this wave (the other "
               "passage) but names this member only for another wave.",
    "plan": "Only the programme description, the plan written at the start, names it; the report does not "
            "show it happening.",
    "beneficiary": "Named as a beneficiary of the programme's results, read as taking part.",
    "speaker": "The other party is the quote's unnamed speaker ('ons').",
    "group": "A group the report implies but never names: the participants of the three stopped initiatives.",
}
UNDATED_REASONS = {"carried", "plan", "group"}

# Tie kinds and the weights each allows (README.md, "What counts as a tie").
KINDS = {
    "collaboration": (1, 2, 3),
    "support": (1,),
    "representation": (2,),
    "association": (2,),
    "merger": (3,),
    "hosting": (1,),
    "lobby": (1,),
}

# --------------------------------------------------------------------------
# Actors: id, name, sector, region, pillar, type, count, note.
# waves: computed (the waves of the actor's ties and memberships).
# count: for a group the report does not name one by one (type `aggregate`),
# the number the report gives, or "unspecified".
# region: empty only where the report cannot place the actor, and then the
# actor may have no tie (so that region pair counts add up); the note says why.
# --------------------------------------------------------------------------

ACTORS = [
    # --- government
    ("gem-dordrecht", "Gemeente Dordrecht", "government", "drechtsteden", "both", "municipality", "",
     "Took part in both group interviews (for the MBO-aanpak; in Toegepaste Innovatie)."),
    ("gem-gorinchem", "Gemeente Gorinchem", "government", "gorinchem", "human-capital", "municipality", "",
     "Took part for I_lab."),
    ("gem-alblasserdam", "Gemeente Alblasserdam", "government", "drechtsteden", "human-capital", "municipality",
     "", "Took part for Kansrijk, which started late 2023."),
    ("gem-vijfherenlanden", "Gemeente Vijfherenlanden", "government", "gorinchem", "human-capital", "municipality",
     "", "Member of the I_lab cooperative by Q1 2024 ('gemeentes van de arbeidsmarktregio')."),
    ("gem-molenlanden", "Gemeente Molenlanden", "government", "gorinchem", "human-capital", "municipality", "",
     "Member of the I_lab cooperative by Q1 2024 ('gemeentes van de arbeidsmarktregio')."),
    ("gemeenten-buiten-arbeidsmarktregio", "Gemeenten buiten de arbeidsmarktregio Gorinchem (leden I_lab)",
     "government", "", "human-capital", "aggregate", "unspecified",
     "'gemeentes van de arbeidsmarktregio ... en daarbuiten'. No region: outside the arbeidsmarktregio "
     "Gorinchem they may be Drechtsteden municipalities or others, the report does not say; no tie."),
    ("drechtsteden", "Drechtsteden (regionale samenwerking, GRD)", "government", "drechtsteden", "both",
     "regional-body", "",
     "The inter-municipal body the report calls 'de Drechtsteden' (its jurists, its part in the Regio Deal "
     "application, the government support of the roadmaps). The report also uses 'Drechtsteden' for the region."),
    ("grs", "GRS", "government", "drechtsteden", "human-capital", "regional-body", "",
     "Named once: 'de verandering van GRD in GRS en het samengaan met Drechtwerk'. The report does not spell "
     "out the abbreviation or say how GRS relates to the Sociale Dienst Drechtsteden."),
    ("rijk", "Rijk", "government", "outside", "both", "national-government", "",
     "The national government; named for the lobby structure ('het Rijk') and the coming Regionaal Werkcentrum."),
    ("sdd", "Sociale Dienst Drechtsteden", "government", "drechtsteden", "human-capital", "public-agency", "",
     "Took part for Perspct; supplied candidates to Kansrijk; merging with Drechtwerk by 2024."),
    ("drechtwerk", "Drechtwerk", "government", "drechtsteden", "human-capital", "public-agency", "",
     "Named only for its merger with the Sociale Dienst Drechtsteden."),
    # --- education
    ("da-vinci-college", "Da Vinci College", "education", "drechtsteden", "human-capital", "school", "",
     "Named in the Kansrijk programme description (on the Nedstaal site in Alblasserdam)."),
    ("skill", "Skill", "education", "drechtsteden", "human-capital", "school", "",
     "I_lab works with Skill, an example of Gorinchem using Drechtsteden expertise (hence the region). The report "
     "does not say what Skill is: sector education is an assumption."),
    ("ilab-scholen", "Scholen in de coöperatie I_lab", "education", "gorinchem", "human-capital", "aggregate", "4-5",
     "'4 of 5 scholen' are members in Q1 2024; 'onderwijs' took part at the founding (Q1 2022). Region: I_lab's."),
    ("mbo-opleiders", "MBO-onderwijs in de MBO-aanpak", "education", "drechtsteden", "human-capital", "aggregate",
     "unspecified",
     "The education side of the 'Samenwerkingsplatform onderwijs en bedrijfsleven'; not named. Region: the "
     "MBO-aanpak's (Gemeente Dordrecht speaks for it)."),
    ("hoger-onderwijs", "Onderwijsinstellingen van de Dordrecht Academy", "education", "outside", "human-capital",
     "aggregate", "unspecified",
     "Providers of the Associate Degree programmes; not named. Region 'outside': the report wants institutions "
     "'hun kennis en kunde naar de Drechtsteden te brengen'."),
    ("perspct-opleiders", "Opleiders (Perspct)", "education", "drechtsteden", "human-capital", "aggregate",
     "unspecified", "Partner type named in the Perspct programme description. Region: Perspct's (the SDD's)."),
    # --- industry
    ("ikg", "IKG", "industry", "gorinchem", "human-capital", "business-association", "",
     "Took part for I_lab; member of the cooperative; 400 companies are linked through IKG and Wetech. "
     "Region: I_lab's (the report does not say where IKG is)."),
    ("wetech", "Wetech", "industry", "gorinchem", "human-capital", "business-association", "",
     "Member of the I_lab cooperative; 400 companies are linked through IKG and Wetech. Region: I_lab's."),
    ("ilab-ondernemingen", "Ondernemingen in de coöperatie I_lab", "industry", "gorinchem", "human-capital",
     "aggregate", "60", "'ongeveer 60 ondernemingen' are members in Q1 2024. Region: I_lab's."),
    ("ikg-wetech-bedrijven", "Bedrijven indirect aangesloten via IKG en Wetech", "industry", "gorinchem",
     "human-capital", "aggregate", "400",
     "'Indirect zijn via IKG en Wetech 400 bedrijven aangesloten.' Region: I_lab's."),
    ("werkgevers-drechtsteden", "Werkgevers Drechtsteden", "industry", "drechtsteden", "toegepaste-innovatie",
     "business-association", "", "KROHNE spoke for it in the innovation interview."),
    ("krohne", "KROHNE", "industry", "drechtsteden", "toegepaste-innovatie", "company", "",
     "Took part in the innovation interview, also for Werkgevers Drechtsteden, Hi Delta and Smart Industry. "
     "Region: the Drechtsteden bodies it speaks for (the report does not say where KROHNE is)."),
    ("wartsila", "Wärtsilä", "industry", "outside", "toegepaste-innovatie", "company", "",
     "Took part for the Refit alliantie. Region 'outside': of the two companies in the innovation interview, "
     "KROHNE speaks for Drechtsteden bodies, so the one that says 'Wij zijn niet actief in de Drechtsteden, "
     "maar we zijn hier wel geland' is read as Wärtsilä."),
    ("fokker", "Fokker", "industry", "drechtsteden", "human-capital", "company", "",
     "The MBO-aanpak contributes to its expansion ('uitbreiding Fokker'); jobs 'voor de regio', the "
     "MBO-aanpak's (Drechtsteden)."),
    ("peute", "Peute", "industry", "drechtsteden", "human-capital", "company", "",
     "Named in the Kansrijk programme description (on the Nedstaal site in Alblasserdam); the MBO-aanpak "
     "contributes to keeping its jobs ('behoud Peute')."),
    ("bouw-nederland", "Bouw Nederland", "industry", "outside", "human-capital", "business-association", "",
     "Sector hooked on to the MBO-aanpak by Q1 2022 (name as written in the report). Region 'outside': a "
     "national sector organisation by its name."),
    ("koninklijke-metaal", "Koninklijke Metaal", "industry", "outside", "human-capital", "business-association", "",
     "Sector hooked on to the MBO-aanpak by Q1 2022 (name as written in the report). Region 'outside': a "
     "national sector organisation by its name."),
    ("mbo-sectoren", "Meer aangesloten sectoren (MBO-aanpak)", "industry", "", "human-capital", "aggregate",
     "unspecified",
     "'meer sectoren zich hebben aangesloten' by Q1 2024; not named. No region: sectors are organised "
     "nationally (as Bouw Nederland) or regionally, the report does not say; no tie."),
    ("mbo-ondernemers", "Individuele ondernemers (MBO-aanpak)", "industry", "drechtsteden", "human-capital",
     "aggregate", "unspecified",
     "'maar ook individuele ondernemers' by Q1 2024; in 2022 'nog te weinig'. Region: the MBO-aanpak's."),
    ("da-ondernemers", "Ondernemers van de Dordrecht Academy", "industry", "drechtsteden", "human-capital",
     "aggregate", "unspecified",
     "Companies consulted at the innovation tables (Q1 2022) and involved in the programmes. Region: the "
     "Academy's ('In Drechtsteden diversiteit aan (MKB)-bedrijven')."),
    ("perspct-werkgevers", "Werkgevers (Perspct)", "industry", "drechtsteden", "human-capital", "aggregate",
     "unspecified", "Partner type named in the Perspct programme description. Region: Perspct's."),
    ("perspct-leerwerkbedrijven", "Leerwerkbedrijven (Perspct)", "industry", "drechtsteden", "human-capital",
     "aggregate", "unspecified", "Partner type named in the Perspct programme description. Region: Perspct's."),
    ("roadmap-bedrijven", "Bedrijven in de trekkersrol (innovatieve roadmaps)", "industry", "drechtsteden",
     "toegepaste-innovatie", "aggregate", "unspecified",
     "'bedrijven in de trekkersrol gezet' in the roadmaps. Region: the roadmaps', a Drechtsteden programme."),
    # --- civil society
    ("perspct-maatschappelijke-partners", "Maatschappelijke partners (Perspct)", "civil-society", "drechtsteden",
     "human-capital", "aggregate", "unspecified",
     "Partner type named in the Perspct programme description. Region: Perspct's."),
    # --- intermediary
    ("innovation-quarter", "Innovation Quarter", "intermediary", "outside", "toegepaste-innovatie", "intermediary",
     "", "Took part in the innovation interview; executes the innovation roadmaps. Region 'outside': a "
     "province-wide agency, named beside the Drechtsteden's own Economic Board."),
    ("economic-board-drechtsteden", "Economic Board Drechtsteden", "intermediary", "drechtsteden",
     "toegepaste-innovatie", "intermediary", "", "Executes the innovation roadmaps."),
    ("duurzaamheidsfabriek", "Duurzaamheidsfabriek", "intermediary", "drechtsteden", "toegepaste-innovatie",
     "intermediary", "",
     "Took part for the fieldlab Smart Industry; on the Leerpark Dordrecht; 'I_lab is geboren in de "
     "Duurzaamheidsfabriek'."),
    ("hi-delta", "Hi Delta", "intermediary", "drechtsteden", "toegepaste-innovatie", "intermediary", "",
     "KROHNE spoke for it; 'Hi Delta wordt steeds meer gezien als een relevante partij in de provincie'. "
     "Region: the Drechtsteden, beside Werkgevers Drechtsteden (the report does not say)."),
    ("smart-industry", "Smart Industry", "intermediary", "drechtsteden", "toegepaste-innovatie", "intermediary", "",
     "The organisation KROHNE spoke for ('KROHNE (Werkgevers Drechtsteden, Hi Delta en Smart Industry)'); kept "
     "apart from the fieldlab Smart Industry, for which the Duurzaamheidsfabriek spoke. Region: the "
     "Drechtsteden, beside the other bodies KROHNE speaks for (the report does not say)."),
    ("ilab-cooperatie", "I_lab (coöperatie)", "intermediary", "gorinchem", "human-capital", "cooperative", "",
     "The cooperative that runs I_lab, as a party of its own ('I_lab werkt samen met Skill'); its members are "
     "members of the initiative I_lab, not tied to it."),
    ("school-en-bedrijf", "Stichting School & Bedrijf", "intermediary", "gorinchem", "human-capital",
     "intermediary", "", "Taken into the I_lab cooperative by Q1 2024. Region: I_lab's."),
    ("data-value-drechtsteden", "Data Value Drechtsteden", "intermediary", "drechtsteden", "toegepaste-innovatie",
     "intermediary", "", "A computing centre on the roof of the Duurzaamheidsfabriek, from Digital mainport."),
    ("open-industry-alliantie", "Open Industry 4.0 alliantie", "intermediary", "outside", "toegepaste-innovatie",
     "intermediary", "",
     "'Internationale samenwerking' for which Data Value Drechtsteden is a demonstrator."),
    ("scale", "SCALE", "intermediary", "drechtsteden", "toegepaste-innovatie", "intermediary", "",
     "'Nieuwe fase SCALE' in the Maakfabriek column of the Q1 2024 innovation slide. The report does not say "
     "what SCALE is. Region: the Maakfabriek's (Leerpark Dordrecht)."),
    # --- mixed groups
    ("data-value-bezoekers", "Partijen op de bijeenkomsten (Digital mainport)", "mixed", "", "toegepaste-innovatie",
     "aggregate", "30-50",
     "'bijeenkomsten worden door 30-50 partijen bezocht'. No region: who they are is not said; no tie."),
    ("gestopt-deelnemers", "Deelnemers van de drie gestopte innovatie-initiatieven", "mixed", "",
     "toegepaste-innovatie", "aggregate", "unspecified",
     "The report names neither the stopped initiatives nor their members (assumed). No region: not said; no tie."),
    ("cop-buiten-regio", "Triple-helixvertegenwoordigers van buiten de regio (community of practice)", "mixed",
     "outside", "toegepaste-innovatie", "aggregate", "unspecified",
     "'Triple helix vertegenwoordigers binnen en buiten de regio uitgenodigd' (Q1 2024): the outside part."),
    ("cop-binnen-regio", "Triple-helixvertegenwoordigers uit de regio (community of practice)", "mixed", "",
     "toegepaste-innovatie", "aggregate", "unspecified",
     "The inside part of the same invitation; may overlap actors already in the data. No region: Gorinchem or "
     "Drechtsteden side not said; no tie."),
]

# --------------------------------------------------------------------------
# Alias table (README.md, "Alias table"). `names`: the words of the report
# that refer to exactly this actor (or initiative); a `stated` record must
# quote one. `context`: role words that refer to the actor only in the passage
# of its programme (an `implied` record, step P). `MASKS`: names of
# programmes and places that contain an actor's name without referring to it.
# Matching ignores ASCII case and needs a word boundary on both sides; a name
# inside a mask or inside a longer name of another actor does not count.
# --------------------------------------------------------------------------

ALIASES = {
    "gem-dordrecht": (["gemeente Dordrecht", "gemeenten Dordrecht", "stad Dordrecht", "Dordrecht"], []),
    "gem-gorinchem": (["gemeente Gorinchem", "Gorinchem"], ["gemeente", "gemeenteraad"]),
    "gem-alblasserdam": (["gemeente Alblasserdam", "Alblasserdam"], []),
    "gem-vijfherenlanden": (["Vijfherenlanden"], []),
    "gem-molenlanden": (["Molenlanden"], []),
    "gemeenten-buiten-arbeidsmarktregio": ([], []),
    "drechtsteden": (["Drechtsteden", "regio Drechtsteden", "GRD"], ["overheid"]),
    "grs": (["GRS"], []),
    "rijk": (["Rijk"], []),
    "sdd": (["Sociale Dienst Drechtsteden", "SDD"], []),
    "drechtwerk": (["Drechtwerk"], []),
    "da-vinci-college": (["Da Vinci College"], []),
    "skill": (["Skill"], []),
    "ilab-scholen": (["4 of 5 scholen"], []),
    "mbo-opleiders": ([], ["doorgaande leerlijn", "partners die op MBO-niveau samenwerken"]),
    "hoger-onderwijs": ([], []),
    "perspct-opleiders": ([], []),
    "ikg": (["IKG"], ["bedrijfsleven"]),
    "wetech": (["Wetech"], ["bedrijfsleven"]),
    "ilab-ondernemingen": (["60 ondernemingen"], []),
    "ikg-wetech-bedrijven": (["400 bedrijven"], []),
    "werkgevers-drechtsteden": (["Werkgevers Drechtsteden"], []),
    "krohne": (["KROHNE"], []),
    "wartsila": (["Wärtsilä"], []),
    "fokker": (["Fokker"], []),
    "peute": (["Peute"], []),
    "bouw-nederland": (["Bouw Nederland"], ["sectoren"]),
    "koninklijke-metaal": (["Koninklijke Metaal"], ["sectoren"]),
    "mbo-sectoren": (["meer sectoren"], []),
    "mbo-ondernemers": (["individuele ondernemers"], []),
    "da-ondernemers": ([], []),
    "perspct-werkgevers": ([], []),
    "perspct-leerwerkbedrijven": ([], []),
    "roadmap-bedrijven": (["bedrijven in de trekkersrol"], []),
    "perspct-maatschappelijke-partners": ([], []),
    "innovation-quarter": (["Innovation Quarter"], []),
    "economic-board-drechtsteden": (["Economic Board Drechtsteden"], []),
    "duurzaamheidsfabriek": (["Duurzaamheidsfabriek"], ["de fabriek"]),
    "hi-delta": (["Hi Delta"], []),
    "smart-industry": (["Smart Industry"], []),
    "ilab-cooperatie": (["I_lab", "coöperatie"], []),
    "school-en-bedrijf": (["Stichting School & Bedrijf"], []),
    "data-value-drechtsteden": (["Data Value Drechtsteden"], ["computercentrum", "datacentrum"]),
    "open-industry-alliantie": (["Open Industry 4.0 alliantie"], []),
    "scale": (["SCALE"], []),
    "data-value-bezoekers": (["30-50 partijen"], []),
    "gestopt-deelnemers": ([], []),
    "cop-buiten-regio": ([], ["Triple helix vertegenwoordigers binnen en buiten de regio"]),
    "cop-binnen-regio": ([], ["Triple helix vertegenwoordigers binnen en buiten de regio"]),
}

# A group actor is the report's phrase for it: within the passages of its
# programme that phrase is its name ("opleiders" in Perspct's description),
# elsewhere it means something else. actor: (programme, phrases).
GROUP_NAMES = {
    "gemeenten-buiten-arbeidsmarktregio": ("i-lab", ["daarbuiten"]),
    "ilab-scholen": ("i-lab", ["onderwijs", "scholen"]),
    "mbo-opleiders": ("mbo-aanpak", ["onderwijs"]),
    "hoger-onderwijs": ("dordrecht-academy", ["onderwijs", "Associate Degree opleidingen"]),
    "da-ondernemers": ("dordrecht-academy", ["bedrijven", "ondernemers"]),
    "perspct-maatschappelijke-partners": ("perspct", ["maatschappelijke partners"]),
    "perspct-werkgevers": ("perspct", ["werkgevers"]),
    "perspct-opleiders": ("perspct", ["opleiders"]),
    "perspct-leerwerkbedrijven": ("perspct", ["leerwerkbedrijven"]),
}

# The passages of a programme: the sections whose `source_ref` contains one of these.
PROGRAMME_PASSAGES = {
    "i-lab": ["I_lab"],
    "mbo-aanpak": ["MBO-aanpak"],
    "perspct": ["Human Capital, Perspct"],
    "dordrecht-academy": ["Dordrecht Academy", "Programma Hoger Onderwijs Drechtsteden"],
}

INITIATIVE_ALIASES = {
    "i-lab": ["I_lab", "coöperatie"],
    "mbo-aanpak": ["MBO-aanpak"],
    "kansrijk": ["Kansrijk"],
    "perspct": ["Perspct"],
    "dordrecht-academy": ["Dordrecht Academy"],
    "maakfabriek": ["Maakfabriek"],
    "digital-mainport": ["Digital mainport"],
    "innovatieve-roadmaps": ["roadmaps"],
    "refit-alliantie": ["Refit alliantie"],
    "fieldlab-smart-industry": ["fieldlab Smart Industry"],
    "innovatie-gestopt": ["gestopt"],
    "community-of-practice": ["Community of practices"],
}

MASKS = [
    "Regio Deal Drechtsteden-Gorinchem", "Drechtsteden-Gorinchem", "Dordrecht Academy", "Leerpark Dordrecht",
    "Digital mainport Drechtsteden", "Programma Hoger Onderwijs Drechtsteden", "fieldlab Smart Industry",
]

# --------------------------------------------------------------------------
# Passages quoted more than once
# --------------------------------------------------------------------------

INTERVIEW = ref("Inleiding")
P_PLANS_AT_START = ("waarmee tot en met 2023 100 werklozen duurzaam naar een betaalde baan worden begeleid",
                    ref("Bijlage, 5 programma’s Human Capital, Kansrijk"))
P_CORONA = ("Onder andere bij de innovatie-initiatieven en Dordrecht Academy heeft dit volgens deelnemers zeker "
            "vertragend gewerkt", ref("Uitdagingen bij de samenwerking (I)"))
P_FIVE_STARTED = "drie van de vijf gestarte initiatieven zijn gestopt, twee zijn er voortgezet"
P_ILAB_2022 = ("Coöperatie opgericht waarin bedrijfsleven, onderwijs en gemeente participeren – men zit structureel "
               "met elkaar aan tafel, is samen eigenaar en allen dragen financieel bij")
P_ILAB_MEMBERS = ("Het aantal leden van de coöperatie is uitgebreid: Naast IKG en Wetech, gemeentes van de "
                  "arbeidsmarktregio (Gorinchem, Vijfherenlanden, Molenlanden) en daarbuiten, 4 of 5 scholen en "
                  "ongeveer 60 ondernemingen")
P_MBO_2022_SECTORS = "De sectoren (Bouw Nederland, Koninklijke Metaal) zijn hierop aangehaakt"
P_MBO_2024_MORE = "Een sterk netwerk waarbij meer sectoren zich hebben aangesloten, maar ook individuele ondernemers"
P_PERSPCT_PARTNERS = "Perspct brengt hiervoor maatschappelijke partners, werkgevers, opleiders en leerwerkbedrijven bij elkaar"
P_PERSPCT_AT_START = ("Projecten die voort konden bouwen op bestaande samenwerkingsstructuren zijn MBO-aanpak en Perspct",
                      ref("Inleiding (Start Regio Deal)"))
P_PERSPCT_RUNNING = ("De veranderende arbeidsmarkt heeft vooral human capital-initiatieven vanuit sociaal perspectief "
                     "(Perspct en Kansrijk) parten gespeeld", ref("Uitdagingen bij de samenwerking (IV)"))
P_CAMPUS = ("Met de Duurzaamheidsfabriek op het Leerpark hebben de stad Dordrecht en de regio Drechtsteden een sterk "
            "begin van een campus staan")
P_ROADMAPS = ("Voor het opstellen en uitvoeren van de roadmaps worden bedrijven in de trekkersrol gezet, waarbij ze "
              "ondersteund worden door de overheid (Drechtsteden) en uitvoeringsorganisaties Innovation Quarter en de "
              "Economic Board Drechtsteden")
P_ROADMAPS_AT_START = ("Projecten waarbij de Regio Deal aanleiding was voor nieuwe samenwerkingen zijn I_lab, "
                       "Dordrecht Academy en de innovatie-initiatieven", ref("Inleiding (Start Regio Deal)"))
P_ROADMAPS_2024 = ("Ontwikkeling waterstof aangedreven schepen (zero emission)",
                   ref("Bijlage, Samenwerking op innovatie (Q1 2024), Innovatieve roadmaps"))
P_MAAKFABRIEK_2024 = ("Nog niet bereikt wat gewild: namelijk een fysieke locatie voor de maakfabriek in gebruik "
                      "(planning 2026)", ref("Bijlage, Samenwerking op innovatie (Q1 2024), Maakfabriek"))
P_DA_PLAN = ("Dordrecht Academy: Associate Degree opleidingen op Leerpark Dordrecht",
             ref("Bijlage, 5 programma’s Human Capital, Programma Hoger Onderwijs Drechtsteden"))
P_DA_2022 = "Overleg onderwijs – bedrijven (innovatietafels): strategische onderwerpen besproken"
P_KANSRIJK_PLAN = ("werken de gemeente Alblasserdam, de Sociale Dienst Drechtsteden, het Da Vinci College en "
                   "(toekomstig) gevestigde bedrijven (o.a. Peute) samen aan een praktijkleerprogramma")
P_KANSRIJK_2024 = ("Men is nog in de fase van contacten opdoen, mogelijkheden onderzoeken",
                   ref("Bijlage, Kansrijk, Q1 2024"))
P_KROHNE = "KROHNE (Werkgevers Drechtsteden, Hi Delta en Smart Industry)"
P_IKG_WETECH_400 = "Indirect zijn via IKG en Wetech 400 bedrijven aangesloten"
P_COP = "Community of practices: Triple helix vertegenwoordigers binnen en buiten de regio uitgenodigd"

HC_PLAN = "Bijlage, 5 programma’s Human Capital, "
TI_PLAN = "Bijlage, 3 programma’s Toegepaste Innovatie, "
INNO = "Bijlage, Samenwerking op innovatie (Q1 2024), "

# --------------------------------------------------------------------------
# Memberships: who takes part in which programme in which wave. A statement
# that a group of actors takes part in a programme is a membership of each,
# never a tie between them.
# Columns: initiative, actor, wave, confidence, basis (step or reason),
# quote, source_ref, other passage (quote, source_ref) or None.
# --------------------------------------------------------------------------


def M(initiative, actor, wave, conf, basis, quote, section, via=None):
    return {"initiative": initiative, "actor": actor, "wave": wave, "confidence": conf, "basis": basis,
            "quote": quote, "ref": ref(section), "via": via}


MEMBERSHIPS = [
    # ---- I_lab
    M("i-lab", "gem-gorinchem", 2019, I, "P",
      "Business case voor aanvraag Regio Deal, gemeenteraad overtuigd om substantieel te investeren",
      "Bijlage, I_lab, Q4 2019", ("Gorinchem (I_lab)", INTERVIEW)),
    M("i-lab", "ikg", 2019, A, "carried", "IKG (I_lab)", "Inleiding",
      ("Samenwerking loop in het begin nog moeizaam", ref("Bijlage, I_lab, Q4 2019"))),
    M("i-lab", "gem-gorinchem", 2022, I, "P", P_ILAB_2022, "Bijlage, I_lab, Q1 2022",
      ("Gorinchem (I_lab)", INTERVIEW)),
    M("i-lab", "ikg", 2022, I, "P", P_ILAB_2022, "Bijlage, I_lab, Q1 2022",
      ("Het aantal leden van de coöperatie is uitgebreid: Naast IKG en Wetech", ref("Bijlage, I_lab, Q1 2024"))),
    M("i-lab", "wetech", 2022, I, "P", P_ILAB_2022, "Bijlage, I_lab, Q1 2022",
      ("Het aantal leden van de coöperatie is uitgebreid: Naast IKG en Wetech", ref("Bijlage, I_lab, Q1 2024"))),
    M("i-lab", "ilab-scholen", 2022, S, None, P_ILAB_2022, "Bijlage, I_lab, Q1 2022"),
] + [
    M("i-lab", actor, 2024, S, None, P_ILAB_MEMBERS, "Bijlage, I_lab, Q1 2024")
    for actor in ("ikg", "wetech", "gem-gorinchem", "gem-vijfherenlanden", "gem-molenlanden",
                  "gemeenten-buiten-arbeidsmarktregio", "ilab-scholen", "ilab-ondernemingen")
] + [
    M("i-lab", "school-en-bedrijf", 2024, S, None, "oa Stichting School & Bedrijf is opgenomen in de coöperatie",
      "Bijlage, I_lab, Q1 2024"),
    M("i-lab", "ikg-wetech-bedrijven", 2024, S, None, P_IKG_WETECH_400, "Bijlage, I_lab, Q1 2024"),

    # ---- MBO-aanpak
    M("mbo-aanpak", "gem-dordrecht", 2019, A, "carried", "Dordrecht (MBO-aanpak)", "Inleiding",
      ("Verder bouwen op een bestaande samenwerkingsstructuur", ref("Bijlage, MBO-aanpak, Q4 2019"))),
    M("mbo-aanpak", "mbo-opleiders", 2019, I, "D", "Samenwerkingsplatform onderwijs en bedrijfsleven",
      HC_PLAN + "MBO-aanpak",
      ("Verder bouwen op een bestaande samenwerkingsstructuur", ref("Bijlage, MBO-aanpak, Q4 2019"))),
    M("mbo-aanpak", "gem-dordrecht", 2022, A, "carried", "Dordrecht (MBO-aanpak)", "Inleiding",
      ("Omslag in samenwerking: van sceptisch naar vertrouwen", ref("Bijlage, MBO-aanpak, Q1 2022"))),
    M("mbo-aanpak", "mbo-opleiders", 2022, I, "P", "Stakeholder overleg: samenwerking voor doorgaande leerlijn",
      "Bijlage, MBO-aanpak, Q1 2022",
      ("Samenwerkingsplatform onderwijs en bedrijfsleven", ref(HC_PLAN + "MBO-aanpak"))),
    M("mbo-aanpak", "bouw-nederland", 2022, S, None, P_MBO_2022_SECTORS, "Bijlage, MBO-aanpak, Q1 2022"),
    M("mbo-aanpak", "koninklijke-metaal", 2022, S, None, P_MBO_2022_SECTORS, "Bijlage, MBO-aanpak, Q1 2022"),
    M("mbo-aanpak", "gem-dordrecht", 2024, S, None, "de gemeenten Dordrecht (MBO-aanpak)", "Inleiding"),
    M("mbo-aanpak", "mbo-opleiders", 2024, I, "P", "Sterk platform met partners die op MBO-niveau samenwerken",
      "Bijlage, MBO-aanpak, Q1 2024",
      ("Samenwerkingsplatform onderwijs en bedrijfsleven", ref(HC_PLAN + "MBO-aanpak"))),
    M("mbo-aanpak", "bouw-nederland", 2024, I, "X", P_MBO_2024_MORE, "Bijlage, MBO-aanpak, Q1 2024",
      (P_MBO_2022_SECTORS, ref("Bijlage, MBO-aanpak, Q1 2022"))),
    M("mbo-aanpak", "koninklijke-metaal", 2024, I, "X", P_MBO_2024_MORE, "Bijlage, MBO-aanpak, Q1 2024",
      (P_MBO_2022_SECTORS, ref("Bijlage, MBO-aanpak, Q1 2022"))),
    M("mbo-aanpak", "mbo-sectoren", 2024, S, None, P_MBO_2024_MORE, "Bijlage, MBO-aanpak, Q1 2024"),
    M("mbo-aanpak", "mbo-ondernemers", 2024, S, None, P_MBO_2024_MORE, "Bijlage, MBO-aanpak, Q1 2024"),
    M("mbo-aanpak", "fokker", 2024, A, "beneficiary",
      "Levert een bijdrage aan behoud van werkgelegenheid voor de regio (uitbreiding Fokker, behoud Peute)",
      "Bijlage, MBO-aanpak, Q1 2024"),
    M("mbo-aanpak", "peute", 2024, A, "beneficiary",
      "Levert een bijdrage aan behoud van werkgelegenheid voor de regio (uitbreiding Fokker, behoud Peute)",
      "Bijlage, MBO-aanpak, Q1 2024"),

    # ---- Kansrijk (started late 2023)
    M("kansrijk", "gem-alblasserdam", 2024, S, None, "Alblasserdam (Kansrijk)", "Inleiding"),
    M("kansrijk", "sdd", 2024, S, None,
      "Het resultaat van de eerste Informatiebijeenkomst georganiseerd voor aangeleverde kandidaten (SDD) was beperkt",
      "Bijlage, Kansrijk, Uitdagingen"),
    M("kansrijk", "da-vinci-college", 2024, A, "plan", P_KANSRIJK_PLAN, HC_PLAN + "Kansrijk", P_KANSRIJK_2024),
    M("kansrijk", "peute", 2024, A, "plan", P_KANSRIJK_PLAN, HC_PLAN + "Kansrijk", P_KANSRIJK_2024),

    # ---- Perspct (existed before the deal; stopped by 2024)
    M("perspct", "sdd", 2019, A, "carried", "Sociale Dienst Drechtsteden (Perspct)", "Inleiding", P_PERSPCT_AT_START),
    M("perspct", "sdd", 2022, A, "carried", "Sociale Dienst Drechtsteden (Perspct)", "Inleiding", P_PERSPCT_RUNNING),
] + [
    M("perspct", actor, 2019, I, "D", P_PERSPCT_PARTNERS, HC_PLAN + "Perspct", P_PERSPCT_AT_START)
    for actor in ("perspct-maatschappelijke-partners", "perspct-werkgevers", "perspct-opleiders",
                  "perspct-leerwerkbedrijven")
] + [
    M("perspct", actor, 2022, A, "carried", P_PERSPCT_PARTNERS, HC_PLAN + "Perspct", P_PERSPCT_RUNNING)
    for actor in ("perspct-maatschappelijke-partners", "perspct-werkgevers", "perspct-opleiders",
                  "perspct-leerwerkbedrijven")
] + [
    # ---- Dordrecht Academy
    M("dordrecht-academy", "hoger-onderwijs", 2019, I, "D", P_DA_PLAN[0], HC_PLAN + "Programma Hoger Onderwijs Drechtsteden",
      ("Q4 2019: start", ref("Bijlage, Dordrecht Academy, Q4 2019"))),
    M("dordrecht-academy", "hoger-onderwijs", 2022, S, None, P_DA_2022, "Bijlage, Dordrecht Academy, Q1 2022"),
    M("dordrecht-academy", "da-ondernemers", 2022, S, None, P_DA_2022, "Bijlage, Dordrecht Academy, Q1 2022"),
    M("dordrecht-academy", "hoger-onderwijs", 2024, S, None,
      "op dit moment zijn er vijf Associate Degree opleidingen die echt aansluiten bij wat ondernemers willen",
      "Bijlage, Dordrecht Academy, Uitdagingen"),
    M("dordrecht-academy", "da-ondernemers", 2024, I, "X",
      "Maar er moeten meer ondernemers betrokken worden, resulterend in meer opleidingen en meer studenten",
      "Bijlage, Dordrecht Academy, Uitdagingen", (P_DA_2022, ref("Bijlage, Dordrecht Academy, Q1 2022"))),

    # ---- Maakfabriek: the campus around the Duurzaamheidsfabriek
] + [
    M("maakfabriek", actor, 2019, I, "D", P_CAMPUS, TI_PLAN + "Maakfabriek", P_PLANS_AT_START)
    for actor in ("gem-dordrecht", "drechtsteden", "duurzaamheidsfabriek")
] + [
    M("maakfabriek", actor, 2024, A, "carried", P_CAMPUS, TI_PLAN + "Maakfabriek", P_MAAKFABRIEK_2024)
    for actor in ("gem-dordrecht", "drechtsteden", "duurzaamheidsfabriek")
] + [
    M("maakfabriek", "scale", 2024, I, "C",
      "Nieuwe fase SCALE: bouwen aan vertrouwen door bij elkaar te komen, samen dingen te doen en verbinding te zoeken",
      INNO + "Maakfabriek"),

    # ---- Digital mainport
    M("digital-mainport", "data-value-drechtsteden", 2024, I, "C",
      "Data Value Drechtsteden uit voortgekomen = een computercentrum op het dak van de duurzaamheidsfabriek",
      INNO + "Digital mainport Drechtsteden"),
    M("digital-mainport", "data-value-bezoekers", 2024, I, "C", "bijeenkomsten worden door 30-50 partijen bezocht",
      INNO + "Digital mainport Drechtsteden"),
] + [
    # ---- Innovatieve roadmaps
    M("innovatieve-roadmaps", actor, 2019, I, "D", P_ROADMAPS, TI_PLAN + "Innovatieve roadmaps", P_ROADMAPS_AT_START)
    for actor in ("drechtsteden", "innovation-quarter", "economic-board-drechtsteden", "roadmap-bedrijven")
] + [
    M("innovatieve-roadmaps", actor, 2022, A, "carried", P_ROADMAPS, TI_PLAN + "Innovatieve roadmaps", P_CORONA)
    for actor in ("drechtsteden", "innovation-quarter", "economic-board-drechtsteden", "roadmap-bedrijven")
] + [
    M("innovatieve-roadmaps", actor, 2024, A, "carried", P_ROADMAPS, TI_PLAN + "Innovatieve roadmaps", P_ROADMAPS_2024)
    for actor in ("drechtsteden", "innovation-quarter", "economic-board-drechtsteden", "roadmap-bedrijven")
] + [
    M("community-of-practice", "cop-buiten-regio", 2024, I, "R", P_COP, INNO + "Innovatieve roadmaps"),
    M("community-of-practice", "cop-binnen-regio", 2024, I, "R", P_COP, INNO + "Innovatieve roadmaps"),

    # ---- The five innovation initiatives: two continue, three stopped
    M("refit-alliantie", "wartsila", 2022, A, "carried", "Wärtsilä (Refit alliantie)", "Inleiding", P_CORONA),
    M("refit-alliantie", "wartsila", 2024, S, None, "Wärtsilä (Refit alliantie)", "Inleiding"),
    M("fieldlab-smart-industry", "duurzaamheidsfabriek", 2022, A, "carried",
      "Duurzaamheidsfabriek (fieldlab Smart Industry)", "Inleiding", P_CORONA),
    M("fieldlab-smart-industry", "duurzaamheidsfabriek", 2024, S, None,
      "Duurzaamheidsfabriek (fieldlab Smart Industry)", "Inleiding"),
    M("innovatie-gestopt", "gestopt-deelnemers", 2022, A, "group", P_FIVE_STARTED, "Inleiding", P_CORONA),
]

# --------------------------------------------------------------------------
# Ties: direct working relations the report names between two parties.
# Columns: source, target, wave, weight, kind, initiative, confidence, basis,
# quote, source_ref, other passage or None.
# weight: 1 contact, support, loosely involved; 2 working together on a
# concrete matter; 3 close or structural (README.md, "Weight scale").
# --------------------------------------------------------------------------


def T(a, b, wave, weight, kind, initiative, conf, basis, quote, section, via=None):
    return {"source": a, "target": b, "wave": wave, "weight": weight, "kind": kind, "initiative": initiative,
            "confidence": conf, "basis": basis, "quote": quote, "ref": ref(section), "via": via}


TIES = [
    # ======================= Q4 2019: start =======================
    # The Drechtsteden helped with Gorinchem's part of the Regio Deal application.
    T("gem-gorinchem", "drechtsteden", 2019, 1, "support", "", I, "D",
      "waardering van deelnemers Gorinchem voor bijdrage Drechtsteden aan aanvraag Regio Deal",
      "Bijdrage van de Regio Deal aan de samenwerking (II)",
      ("Business case voor aanvraag Regio Deal", ref("Bijlage, I_lab, Q4 2019"))),
    # The roadmaps: companies in the lead, supported by three organisations.
] + [
    T("roadmap-bedrijven", supporter, 2019, 1, "support", "innovatieve-roadmaps", I, "D", P_ROADMAPS,
      TI_PLAN + "Innovatieve roadmaps", P_ROADMAPS_AT_START)
    for supporter in ("drechtsteden", "innovation-quarter", "economic-board-drechtsteden")
] + [
    # ======================= Q1 2022: baseline =======================
    T("gem-gorinchem", "drechtsteden", 2022, 2, "collaboration", "", S,
      None, "De samenwerking tussen de gemeente Gorinchem en de Drechtsteden…is sinds de start van de Regio Deal "
      "duidelijk verbeterd. Deze verbetering heeft zich na de nulmeting in 2022 verder doorgezet",
      "Management summary (1/3)"),
    T("hoger-onderwijs", "da-ondernemers", 2022, 2, "collaboration", "dordrecht-academy", S, None, P_DA_2022,
      "Bijlage, Dordrecht Academy, Q1 2022"),

    # ======================= Q1 2024: end measurement =======================
    # Gorinchem and the Drechtsteden find each other and use each other's expertise.
    T("gem-gorinchem", "gem-dordrecht", 2024, 2, "collaboration", "", S, None,
      "Ambtenaren van gemeente Gorinchem en gemeente Dordrecht/de Drechtsteden weten elkaar beter te vinden en "
      "gebruik te maken van elkaars expertises", "Bijdrage van de Regio Deal aan de samenwerking (II)"),
    T("gem-gorinchem", "drechtsteden", 2024, 2, "collaboration", "", S, None,
      "Gorinchem die gebruik maakt van de expertise van juristen in de Drechtsteden",
      "Bijdrage van de Regio Deal aan de samenwerking (II)"),
    T("ilab-cooperatie", "skill", 2024, 2, "collaboration", "i-lab", S, None, "I_lab werkt samen met Skill",
      "Bijlage, I_lab, Q1 2024"),
    T("ilab-cooperatie", "duurzaamheidsfabriek", 2024, 2, "collaboration", "i-lab", I, "D",
      "I_lab: “I_lab is geboren in de Duurzaamheidsfabriek”", "Bijdrage van de Regio Deal aan de samenwerking (II)",
      ("Ambtenaren van gemeente Gorinchem en gemeente Dordrecht/de Drechtsteden weten elkaar beter te vinden en "
       "gebruik te maken van elkaars expertises", ref("Bijdrage van de Regio Deal aan de samenwerking (II)"))),
    # IKG and Wetech bring 400 companies indirectly.
    T("ikg", "ikg-wetech-bedrijven", 2024, 2, "association", "i-lab", S, None, P_IKG_WETECH_400,
      "Bijlage, I_lab, Q1 2024"),
    T("wetech", "ikg-wetech-bedrijven", 2024, 2, "association", "i-lab", S, None, P_IKG_WETECH_400,
      "Bijlage, I_lab, Q1 2024"),
    # The social domain: Drechtwerk merges with the Sociale Dienst.
    T("sdd", "drechtwerk", 2024, 3, "merger", "", S, None,
      "Bv het samengaan van Drechtwerk en de Sociale Dienst Drechtsteden",
      "Bijdrage van de Regio Deal aan de samenwerking (II)"),
    T("grs", "drechtwerk", 2024, 3, "merger", "", I, "P",
      "Er is onduidelijkheid ontstaan door de verandering van GRD in GRS en het samengaan met Drechtwerk",
      "Bijlage, Kansrijk, Q1 2024",
      ("Er is onduidelijkheid ontstaan door de verandering van GRD in GRS", ref("Bijlage, Kansrijk, Q1 2024"))),
    # KROHNE speaks for three organisations in the innovation interview.
    T("krohne", "werkgevers-drechtsteden", 2024, 2, "representation", "", S, None, P_KROHNE, "Inleiding"),
    T("krohne", "hi-delta", 2024, 2, "representation", "", S, None, P_KROHNE, "Inleiding"),
    T("krohne", "smart-industry", 2024, 2, "representation", "", S, None, P_KROHNE, "Inleiding"),
    # Data Value Drechtsteden, from Digital mainport.
    T("data-value-drechtsteden", "duurzaamheidsfabriek", 2024, 1, "hosting", "digital-mainport", I, "R",
      "Data Value Drechtsteden uit voortgekomen = een computercentrum op het dak van de duurzaamheidsfabriek",
      INNO + "Digital mainport Drechtsteden"),
    T("data-value-drechtsteden", "open-industry-alliantie", 2024, 2, "collaboration", "digital-mainport", I, "P",
      "Dient als demonstrater voor de Internationale samenwerking Open Industry 4.0 alliantie",
      INNO + "Digital mainport Drechtsteden",
      ("Data Value Drechtsteden uit voortgekomen = een computercentrum", ref(INNO + "Digital mainport Drechtsteden"))),
    # The Dordrecht Academy: five programmes that match what entrepreneurs want.
    T("hoger-onderwijs", "da-ondernemers", 2024, 1, "collaboration", "dordrecht-academy", I, "R",
      "op dit moment zijn er vijf Associate Degree opleidingen die echt aansluiten bij wat ondernemers willen",
      "Bijlage, Dordrecht Academy, Uitdagingen"),
    # The Regio Deal contacts as part of the region's lobby towards the Rijk.
    T("rijk", "drechtsteden", 2024, 1, "lobby", "", A, "speaker",
      "Het is een manier van het Rijk om ons te beïnvloeden, maar ook onze manier om het Rijk te beïnvloeden",
      "Bijdrage van de Regio Deal aan de samenwerking (III)"),
]

# --------------------------------------------------------------------------
# Matching names in a quote
# --------------------------------------------------------------------------

ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def is_word_char(ch):
    """ASCII letters, digits, '_' and the Latin letters U+00C0..U+024F (not × ÷): as the C++ test."""
    o = ord(ch)
    if o < 128:
        return ch.isalnum() or ch == "_"
    return 0xC0 <= o <= 0x24F and o not in (0xD7, 0xF7)


def fold(text):
    return "".join(c.lower() if ord(c) < 128 else c for c in text)


def normalise(text):
    return " ".join(text.replace("…", " ").split())


def spans(text, name):
    """Where `name` occurs in `text` (already folded) with a word boundary on both sides."""
    out = []
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        before = start == 0 or not is_word_char(text[start - 1])
        after = end == len(text) or not is_word_char(text[end])
        if before and after:
            out.append((start, end))
        start = text.find(name, start + 1)
    return out


def names_in(quote, own_names, other_names):
    """True when one of `own_names` occurs in the quote outside every mask and every longer other name."""
    text = fold(normalise(quote))
    blocked = []
    for other in other_names:
        blocked += spans(text, fold(other))
    for name in own_names:
        for s, e in spans(text, fold(name)):
            if not any(bs <= s and e <= be and (be - bs) > (e - s) for bs, be in blocked):
                return True
    return False


def in_passages(source_ref, programme):
    return any(part in source_ref for part in PROGRAMME_PASSAGES[programme])


def names_of(actor, source_ref):
    """The actor's names, with a group actor's phrases where the quote stands in its programme's passages."""
    names = list(ALIASES[actor][0])
    if actor in GROUP_NAMES and in_passages(source_ref, GROUP_NAMES[actor][0]):
        names += GROUP_NAMES[actor][1]
    return names


def others_of(actor, source_ref):
    return list(MASKS) + [n for a in ALIASES if a != actor for n in names_of(a, source_ref)]


def actor_named(quote, actor, source_ref):
    return names_in(quote, names_of(actor, source_ref), others_of(actor, source_ref))


def actor_referred(quote, actor, source_ref):
    """Named, or referred to by one of its role words."""
    return names_in(quote, names_of(actor, source_ref) + ALIASES[actor][1], others_of(actor, source_ref))


def initiative_named(quote, initiative):
    return names_in(quote, INITIATIVE_ALIASES[initiative], [])


# --------------------------------------------------------------------------
# Quotes in the report
# --------------------------------------------------------------------------


def strip_ws(text):
    return "".join(text.split())


def quote_found(report_stripped, quote):
    """The quote occurs once all whitespace is removed; `…` separates fragments in order."""
    pos = 0
    for fragment in quote.split("…"):
        f = strip_ws(fragment)
        if not f:
            return False
        at = report_stripped.find(f, pos)
        if at < 0:
            return False
        pos = at + len(f)
    return True


class Report:
    def __init__(self, path):
        self.lines = Path(path).read_text(encoding="utf-8").split("\n")
        self.whole = strip_ws("\n".join(self.lines))

    def section(self, source_ref):
        first, last, _ = SECTIONS[source_ref]
        return strip_ws("\n".join(self.lines[first - 1:last]))


# --------------------------------------------------------------------------
# Derived tables
# --------------------------------------------------------------------------


def actor_waves():
    waves = defaultdict(set)
    for t in TIES:
        waves[t["source"]].add(t["wave"])
        waves[t["target"]].add(t["wave"])
    for m in MEMBERSHIPS:
        waves[m["actor"]].add(m["wave"])
    return waves


def waves_text(years):
    return "" if sorted(years) == WAVES else ";".join(str(y) for y in sorted(years))


def is_group(actor_id):
    return ACTOR_BY_ID[actor_id][6] != ""


ACTOR_BY_ID = {a[0]: a for a in ACTORS}
INITIATIVE_BY_ID = {i[0]: i for i in INITIATIVES}


def dated(record):
    """Whether the record's own quote dates it to its wave (README.md, "Evidence standard")."""
    return record["basis"] not in UNDATED_STEPS | UNDATED_REASONS


def at_least(level):
    return LEVELS[:LEVELS.index(level) + 1]


# --------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------


def check(report_path):
    errors = []
    err = errors.append
    initiative_ids = [i[0] for i in INITIATIVES]
    if len(set(initiative_ids)) != len(initiative_ids):
        err("duplicate initiative id")
    for i in INITIATIVES:
        if i[2] not in HEADER["attributes"]["pillar"] or i[4] not in ("programme", "initiative", "activity"):
            err(f"initiative {i[0]}: undeclared pillar or level")
        if i[5] and i[5] not in initiative_ids:
            err(f"initiative {i[0]}: part of unknown {i[5]}")
        if i[0] not in INITIATIVE_ALIASES:
            err(f"initiative {i[0]} has no names in the alias table")

    waves = actor_waves()
    seen = set()
    for a in ACTORS:
        aid, name, sector, region, pillar, typ, count, note = a
        if not ID_RE.match(aid):
            err(f"actor id not lowercase-kebab: {aid}")
        if aid in seen:
            err(f"duplicate actor {aid}")
        seen.add(aid)
        for key, value in (("sector", sector), ("region", region), ("pillar", pillar), ("type", typ)):
            if value and value not in HEADER["attributes"][key]:
                err(f"{aid}: undeclared {key} value {value}")
        if not sector or not pillar or not typ or not note:
            err(f"{aid}: sector, pillar, type and note are required")
        if (typ == "aggregate") != (count != ""):
            err(f"{aid}: a count goes with type=aggregate, and only with it")
        if not waves.get(aid):
            err(f"actor {aid} has no tie and no membership")
        if aid not in ALIASES:
            err(f"actor {aid} has no row in the alias table")
        if not region and "No region" not in note:
            err(f"{aid}: no region, and the note does not say why ('No region: ...')")
    for aid in ALIASES:
        if aid not in ACTOR_BY_ID:
            err(f"alias table names unknown actor {aid}")
    owner = {}
    for aid, (names, _) in ALIASES.items():
        for n in names:
            if fold(n) in owner and owner[fold(n)] != aid:
                err(f"name '{n}' is given to both {owner[fold(n)]} and {aid}")
            owner[fold(n)] = aid
    scoped = {}
    for aid, (programme, phrases) in GROUP_NAMES.items():
        if aid not in ACTOR_BY_ID or not is_group(aid) or programme not in PROGRAMME_PASSAGES:
            err(f"group names of {aid}: not a group actor, or a programme without passages")
        for n in phrases:
            key = (programme, fold(n))
            if fold(n) in owner or (key in scoped and scoped[key] != aid):
                err(f"group name '{n}' ({programme}) is given to two actors")
            scoped[key] = aid

    # Pillar: an actor's pillar agrees with the pillars of its initiatives.
    pillars = defaultdict(set)
    for m in MEMBERSHIPS:
        pillars[m["actor"]].add(INITIATIVE_BY_ID[m["initiative"]][2] if m["initiative"] in INITIATIVE_BY_ID else "")
    for aid, ps in pillars.items():
        if aid in ACTOR_BY_ID:
            pillar = ACTOR_BY_ID[aid][4]
            if pillar != "both" and ps - {pillar}:
                err(f"{aid}: pillar {pillar}, but member of an initiative of pillar {sorted(ps - {pillar})}")
            if len(ps) > 1 and pillar != "both":
                err(f"{aid}: member in both pillars, so its pillar is 'both'")

    def check_record(what, r, kind_of_record):
        conf, basis = r["confidence"], r["basis"]
        if conf not in LEVELS:
            err(f"{what}: bad confidence {conf}")
        if r["wave"] not in WAVES:
            err(f"{what}: unknown wave {r['wave']}")
        if r["ref"] not in SECTIONS:
            err(f"{what}: unknown section {r['ref']!r}")
            return
        if not r["quote"]:
            err(f"{what}: no quote")
        if conf == S and basis is not None:
            err(f"{what}: a stated record takes no step")
        if conf == I and basis not in STEPS:
            err(f"{what}: an implied record names one step of {sorted(STEPS)}, not {basis!r}")
        if conf == A and basis not in REASONS:
            err(f"{what}: an assumed record names one reason of {sorted(REASONS)}, not {basis!r}")
        if conf == I and basis in VIA_NEEDED and not r["via"]:
            err(f"{what}: step {basis} rests on another passage; quote it")
        if r["via"] and r["via"][1] not in SECTIONS:
            err(f"{what}: other passage in unknown section {r['via'][1]!r}")
            return
        via_wave = SECTIONS[r["via"][1]][2] if r["via"] else None
        if basis == "D" and isinstance(via_wave, int) and via_wave != r["wave"]:
            err(f"{what}: dated by a passage of {via_wave}, not of {r['wave']}")
        section_wave = SECTIONS[r["ref"]][2]
        if conf == S:
            if section_wave == "plan":
                err(f"{what}: a programme description (plan) is never `stated`")
            elif isinstance(section_wave, int) and section_wave != r["wave"]:
                err(f"{what}: stated for {r['wave']}, but its section is dated {section_wave}")
        if dated(r) and isinstance(section_wave, int) and section_wave != r["wave"]:
            err(f"{what}: its section is dated {section_wave}; mark the step that dates it to {r['wave']}")
        if dated(r) and section_wave == "plan":
            err(f"{what}: quotes a plan; mark the step that dates it (D) or the reason (plan)")

    pairs = set()
    per_quote = Counter()
    for t in TIES:
        what = f"tie {t['source']} - {t['target']} ({t['wave']})"
        check_record(what, t, "tie")
        a, b = t["source"], t["target"]
        if a == b:
            err(f"{what}: self-loop")
        for x in (a, b):
            if x not in ACTOR_BY_ID:
                err(f"{what}: unknown actor {x}")
            elif not ACTOR_BY_ID[x][3]:
                err(f"{what}: {x} has no region, so it may have no tie")
        key = (frozenset((a, b)), t["wave"])
        if key in pairs:
            err(f"{what}: the pair has two ties in one wave")
        pairs.add(key)
        if t["kind"] not in KINDS:
            err(f"{what}: unknown kind {t['kind']}")
        elif t["weight"] not in KINDS[t["kind"]]:
            err(f"{what}: weight {t['weight']} for kind {t['kind']} (allowed {KINDS[t['kind']]})")
        if t["initiative"] and t["initiative"] not in INITIATIVE_BY_ID:
            err(f"{what}: unknown initiative {t['initiative']}")
        if a in ALIASES and b in ALIASES:
            if t["confidence"] == S and not (actor_named(t["quote"], a, t["ref"]) and
                                             actor_named(t["quote"], b, t["ref"])):
                err(f"{what}: stated, but the quote does not name both actors (alias table)")
            if t["confidence"] == A and not (actor_referred(t["quote"], a, t["ref"]) or
                                             actor_referred(t["quote"], b, t["ref"])):
                err(f"{what}: assumed, but the quote refers to neither actor (alias table)")
        if t["confidence"] in (S, I):
            per_quote[(t["quote"], t["wave"])] += 1
    for (quote, wave), n in per_quote.items():
        if n > 3:
            err(f"{n} ties of {wave} rest on one quote at stated or implied (at most 3): {quote!r}")

    seen_m = set()
    for m in MEMBERSHIPS:
        what = f"membership {m['initiative']} / {m['actor']} ({m['wave']})"
        check_record(what, m, "membership")
        if m["initiative"] not in INITIATIVE_BY_ID:
            err(f"{what}: unknown initiative")
            continue
        if m["actor"] not in ACTOR_BY_ID:
            err(f"{what}: unknown actor")
            continue
        key = (m["initiative"], m["actor"], m["wave"])
        if key in seen_m:
            err(f"{what}: listed twice")
        seen_m.add(key)
        if m["confidence"] == S:
            if not actor_named(m["quote"], m["actor"], m["ref"]):
                err(f"{what}: stated, but the quote does not name the actor (alias table)")
            own_slide = INITIATIVE_SECTIONS.get(m["initiative"])
            if not initiative_named(m["quote"], m["initiative"]) and not (
                    own_slide and m["ref"].startswith(ref(own_slide))):
                err(f"{what}: stated, but the quote names the initiative neither by name nor by its slide")

    for r in RIVALRIES:
        if r[0] not in INITIATIVE_BY_ID or r[1] not in INITIATIVE_BY_ID or r[3] not in LEVELS or r[5] not in SECTIONS:
            err(f"rivalry {r[0]} / {r[1]}: unknown initiative, level or section")

    if report_path and Path(report_path).is_file():
        report = Report(report_path)

        def in_report(what, quote, source_ref):
            if not quote_found(report.whole, quote):
                err(f"{what}: not in the report: {quote!r}")
            elif source_ref in SECTIONS and not quote_found(report.section(source_ref), quote):
                err(f"{what}: in the report, but not in the section {source_ref!r}: {quote!r}")

        for t in TIES:
            what = f"tie {t['source']} - {t['target']} ({t['wave']})"
            in_report(what, t["quote"], t["ref"])
            if t["via"]:
                in_report(what + ", other passage", *t["via"])
        for m in MEMBERSHIPS:
            what = f"membership {m['initiative']} / {m['actor']} ({m['wave']})"
            in_report(what, m["quote"], m["ref"])
            if m["via"]:
                in_report(what + ", other passage", *m["via"])
        for r in RIVALRIES:
            in_report(f"rivalry {r[0]} / {r[1]}", r[4], r[5])
        # Every word of the alias table is a word of the report.
        folded = fold(report.whole)
        words = [n for names, context in ALIASES.values() for n in names + context]
        words += [n for _, phrases in GROUP_NAMES.values() for n in phrases]
        words += [n for names in INITIATIVE_ALIASES.values() for n in names] + list(MASKS)
        for w in words:
            if fold(strip_ws(w)) not in folded:
                err(f"alias table: '{w}' does not occur in the report")
    else:
        print(f"note: report not found at {report_path}; evidence quotes not checked", file=sys.stderr)
    return errors


# --------------------------------------------------------------------------
# The codebook's generated parts
# --------------------------------------------------------------------------


def count_rows():
    """Per wave: ties and memberships at each level, with and without group actors, and the dated share."""
    rows = []
    for level, label in ((S, "`stated`"), (I, "`implied` and `stated`"), (A, "all (`assumed` too)")):
        keep = at_least(level)
        cells = []
        for w in WAVES:
            ties = [t for t in TIES if t["wave"] == w and t["confidence"] in keep]
            named = [t for t in ties if not is_group(t["source"]) and not is_group(t["target"])]
            mems = [m for m in MEMBERSHIPS if m["wave"] == w and m["confidence"] in keep]
            named_m = [m for m in mems if not is_group(m["actor"])]
            dated_ties = sum(1 for t in ties if dated(t))
            cells.append((len(ties), len(named), len(mems), len(named_m), dated_ties))
        rows.append((label, cells))
    return rows


def counts_markdown():
    lines = [
        "| level | wave | ties | ties without group actors | memberships | memberships without group actors "
        "| ties whose quote dates them to the wave |",
        "|---|---|---|---|---|---|---|",
    ]
    for label, cells in count_rows():
        for w, (ties, named, mems, named_m, dated_ties) in zip(WAVES, cells):
            share = f"{dated_ties} of {ties}" if ties else "–"
            lines.append(f"| {label} | {w} | {ties} | {named} | {mems} | {named_m} | {share} |")
    return "\n".join(lines)


def cell(text):
    return text.replace("|", "\\|")


def aliases_markdown():
    lines = ["| actor | names (a `stated` record quotes one) | role words (step P) |",
             "|---|---|---|"]
    for a in ACTORS:
        names, context = ALIASES[a[0]]
        shown = list(names)
        if a[0] in GROUP_NAMES:
            programme, phrases = GROUP_NAMES[a[0]]
            shown += [f"{n} (in {INITIATIVE_BY_ID[programme][1].split(' (')[0]}'s passages)" for n in phrases]
        lines.append(f"| `{a[0]}` | {cell(', '.join(shown)) or '–'} | {cell(', '.join(context)) or '–'} |")
    lines.append("")
    lines.append("| initiative | names |")
    lines.append("|---|---|")
    for i in INITIATIVES:
        lines.append(f"| `{i[0]}` | {cell(', '.join(INITIATIVE_ALIASES[i[0]]))} |")
    lines.append("")
    lines.append("Names of programmes and places that contain an actor's name without referring to it: "
                 + ", ".join(f"“{m}”" for m in MASKS) + ".")
    return "\n".join(lines)


def basis_markdown():
    lines = ["| wave | record | level | step or reason | its quote's section | the other passage |",
             "|---|---|---|---|---|---|"]
    records = [("tie", t) for t in TIES] + [("membership", m) for m in MEMBERSHIPS]
    records = [(k, r) for k, r in records if r["confidence"] != S]
    records.sort(key=lambda kr: (kr[1]["wave"], kr[0] != "tie", LEVELS.index(kr[1]["confidence"])))
    for kind, r in records:
        what = (f"tie `{r['source']}` – `{r['target']}`" if kind == "tie"
                else f"`{r['actor']}` in `{r['initiative']}`")
        basis = r["basis"]
        label = f"{basis} ({STEPS[basis][0]})" if basis in STEPS else basis
        via = f"“{cell(r['via'][0])}” ({cell(r['via'][1][len('ocd2024, '):])})" if r["via"] else "–"
        lines.append(f"| {r['wave']} | {what} | {r['confidence']} | {label} | "
                     f"{cell(r['ref'][len('ocd2024, '):])} | {via} |")
    return "\n".join(lines)


GENERATED = {
    "aliases": aliases_markdown,
    "counts": counts_markdown,
    "basis": basis_markdown,
}


def marker(name, end=False):
    return f"<!-- {'end of ' if end else ''}generated {name}: tools/build_bundled_study.py -->"


def codebook_text(current):
    """The codebook with its generated parts replaced; None when a marker is missing."""
    text = current
    for name, make in GENERATED.items():
        start, end = marker(name), marker(name, end=True)
        i, j = text.find(start), text.find(end)
        if i < 0 or j < i:
            return None
        text = text[:i + len(start)] + "\n" + make() + "\n" + text[j:]
    return text


# --------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------


def csv_text(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def render():
    header = dict(HEADER)
    initiatives = []
    for i in INITIATIVES:
        record = {"id": i[0], "name": i[1], "pillar": i[2], "status": i[3], "level": i[4]}
        if i[5]:
            record["part_of"] = i[5]
        record["note"] = i[6]
        for r in RIVALRIES:
            if r[0] == i[0]:
                record.update({"competes_with": r[1], "competition_wave": str(r[2]), "competition_confidence": r[3],
                               "competition_evidence": r[4], "competition_source_ref": r[5]})
        initiatives.append(record)
    header["initiatives"] = initiatives
    files = {"study.json": json.dumps(header, ensure_ascii=False, indent=2) + "\n"}
    waves = actor_waves()
    files["actors.csv"] = csv_text(
        [("id", "name", "sector", "region", "pillar", "type", "count", "waves", "note")]
        + [(a[0], a[1], a[2], a[3], a[4], a[5], a[6], waves_text(waves[a[0]]), a[7]) for a in ACTORS])
    order = {w: k for k, w in enumerate(WAVES)}
    ties = sorted(TIES, key=lambda t: (order[t["wave"]], t["source"], t["target"]))
    files["ties.csv"] = csv_text(
        [("source", "target", "wave", "weight", "kind", "initiative", "evidence", "source_ref", "confidence")]
        + [(t["source"], t["target"], t["wave"], t["weight"], t["kind"], t["initiative"], t["quote"], t["ref"],
            t["confidence"]) for t in ties])
    ini_order = {i[0]: k for k, i in enumerate(INITIATIVES)}
    actor_order = {a[0]: k for k, a in enumerate(ACTORS)}
    members = sorted(MEMBERSHIPS, key=lambda m: (ini_order[m["initiative"]], m["wave"], actor_order[m["actor"]]))
    files["memberships.csv"] = csv_text(
        [("initiative", "actor", "waves", "confidence", "evidence", "source_ref")]
        + [(m["initiative"], m["actor"], m["wave"], m["confidence"], m["quote"], m["ref"]) for m in members])
    # scope: a name counts only in a quote whose source_ref contains one of
    # these '|'-separated parts (empty: everywhere).
    alias_rows = [("id", "alias", "kind", "scope")]
    for a in ACTORS:
        names, context = ALIASES[a[0]]
        alias_rows += [(a[0], n, "name", "") for n in names]
        if a[0] in GROUP_NAMES:
            programme, phrases = GROUP_NAMES[a[0]]
            alias_rows += [(a[0], n, "name", "|".join(PROGRAMME_PASSAGES[programme])) for n in phrases]
        alias_rows += [(a[0], n, "context", "") for n in context]
    for i in INITIATIVES:
        alias_rows += [(i[0], n, "initiative", "") for n in INITIATIVE_ALIASES[i[0]]]
    alias_rows += [("", m, "mask", "") for m in MASKS]
    files["aliases.csv"] = csv_text(alias_rows)
    readme = OUT / "README.md"
    current = readme.read_text(encoding="utf-8") if readme.is_file() else ""
    codebook = codebook_text(current)
    if codebook is None:
        raise SystemExit(f"error: {readme} lacks a generated-section marker ({', '.join(GENERATED)})")
    files["README.md"] = codebook
    return files


def print_counts():
    print("ties / ties without group actors / memberships / memberships without group actors / dated ties")
    for label, cells in count_rows():
        print(f"  {label:24}" + "  ".join(f"{w}: {c[0]:3} {c[1]:3} {c[2]:3} {c[3]:3} {c[4]:3}"
                                          for w, c in zip(WAVES, cells)))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--report", default=os.environ.get("HELIXNET_SEED_REPORT") or str(DEFAULT_REPORT))
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    errors = check(args.report)
    if errors:
        for e in errors:
            print("error: " + e, file=sys.stderr)
        return 1
    files = render()
    changed = [n for n, body in files.items()
               if not (OUT / n).is_file() or (OUT / n).read_text(encoding="utf-8") != body]
    if args.check:
        for n in changed:
            print(f"out of date: {OUT / n}", file=sys.stderr)
        return 1 if changed else 0
    print_counts()
    OUT.mkdir(parents=True, exist_ok=True)
    for n in changed:
        (OUT / n).write_text(files[n], encoding="utf-8")
        print(f"wrote {OUT / n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
