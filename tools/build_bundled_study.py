#!/usr/bin/env python3
"""Writes the bundled study networks/regio-deal-drechtsteden-gorinchem/.

The study encodes the research office's end-measurement report on the Regio
Deal Drechtsteden-Gorinchem (OCD, 2024). The tables below are the one place
where the data is edited by hand; this script writes them out as the CSV
folder form of `helixnet/1` (study.json, actors.csv, ties.csv,
memberships.csv). The committed folder is the data; the script exists so that
a change is made in one place and checked before it is written.

Checks made before anything is written:
  * ids unique, every tie and membership names a known actor/initiative,
    actors exist in the wave of every tie and membership, no self-loops,
    one tie per unordered pair per wave, weights in 1..3, known confidence;
  * every evidence quote occurs in the report once all whitespace is removed
    from both, with `…` separating fragments that must occur in order
    (skipped with a notice when the report is not found).

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
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "networks" / "regio-deal-drechtsteden-gorinchem"
REPORT_NAME = "ocd-regio-deal-drechtsteden-gorinchem-eindmeting-2024.txt"
DEFAULT_REPORT = ROOT.parent / "shared" / "seed" / REPORT_NAME

WAVES = [2019, 2022, 2024]
ALL = ""  # actor or membership present in every wave

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
        "which rests on two group interviews; see README.md beside this file for the "
        "codebook, the confidence of each tie and the limits of the source."
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

INITIATIVES = [
    # id, name, pillar, status, note
    ("i-lab", "I_lab", "human-capital", "continued",
     "Coöperatie in Gorinchem (opgericht vóór Q1 2022); thema's Smart Industry en Klimaat, "
     "Energietransitie en Circulariteit."),
    ("mbo-aanpak", "MBO-aanpak (Baas over je eigen toekomst)", "human-capital", "continued",
     "Samenwerkingsplatform onderwijs en bedrijfsleven op mbo-niveau; bouwt voort op een bestaande structuur."),
    ("kansrijk", "Kansrijk (Nedstaal-terrein, Alblasserdam)", "human-capital", "continued",
     "Later van start (eind 2023); in Q1 2024 nog in de fase van contacten opdoen."),
    ("perspct", "Perspct", "human-capital", "stopped",
     "Bouwde voort op een bestaande structuur; er is besloten om met Perspct te stoppen."),
    ("dordrecht-academy", "Dordrecht Academy (Programma Hoger Onderwijs Drechtsteden)", "human-capital",
     "continued", "Associate Degree-opleidingen op het Leerpark Dordrecht, met Career Boost en een lectoraat."),
    ("maakfabriek", "Maakfabriek op het Leerpark", "toegepaste-innovatie", "continued",
     "Campus rond de Duurzaamheidsfabriek; fysieke locatie gepland voor 2026."),
    ("digital-mainport", "Digital mainport Drechtsteden", "toegepaste-innovatie", "continued",
     "Programma binnen de innovatie roadmaps; Data Value Drechtsteden is eruit voortgekomen."),
    ("innovatieve-roadmaps", "Innovatieve roadmaps", "toegepaste-innovatie", "continued",
     "Bedrijven als trekker, ondersteund door de Drechtsteden, Innovation Quarter en de Economic Board Drechtsteden."),
    ("refit-alliantie", "Refit alliantie", "toegepaste-innovatie", "continued",
     "Een van de twee voortgezette innovatie-initiatieven (vertegenwoordigd door Wärtsilä)."),
    ("fieldlab-smart-industry", "fieldlab Smart Industry", "toegepaste-innovatie", "continued",
     "Een van de twee voortgezette innovatie-initiatieven (Duurzaamheidsfabriek, KROHNE)."),
    ("innovatie-gestopt", "Drie gestopte innovatie-initiatieven (niet bij naam genoemd)", "toegepaste-innovatie",
     "stopped", "Drie van de vijf gestarte innovatie-initiatieven zijn gestopt; het rapport noemt ze niet."),
]

# --------------------------------------------------------------------------
# Source sections (source_ref). The report is a slide deck rendered as text:
# in the main part each slide's title is printed *after* the slide's text, so
# a passage belongs to the title line that follows it (see README.md).
# --------------------------------------------------------------------------

def ref(section):
    return "ocd2024, " + section

INL = ref("Inleiding")
MS1 = ref("Management summary (1/3)")
MS3 = ref("Management summary (3/3)")
START = ref("Inleiding (Start Regio Deal)")
VOORTGANG = ref("De voortgang van de samenwerking")
UIT1 = ref("Uitdagingen bij de samenwerking (I)")
UIT2 = ref("Uitdagingen bij de samenwerking (II)")
UIT3 = ref("Uitdagingen bij de samenwerking (III)")
UIT4 = ref("Uitdagingen bij de samenwerking (IV)")
BIJ1 = ref("Bijdrage van de Regio Deal aan de samenwerking (I)")
BIJ2 = ref("Bijdrage van de Regio Deal aan de samenwerking (II)")
BIJ3 = ref("Bijdrage van de Regio Deal aan de samenwerking (III)")
TOEK2 = ref("Uitdagingen voor de toekomst (II)")
TOEK3 = ref("Uitdagingen voor de toekomst (III)")
B_HC = ref("Bijlage, 5 programma’s Human Capital")
B_TI = ref("Bijlage, 3 programma’s Toegepaste Innovatie")
B_MBO = ref("Bijlage, MBO-aanpak")
B_ILAB = ref("Bijlage, I_lab")
B_KANS = ref("Bijlage, Kansrijk")
B_DA = ref("Bijlage, Dordrecht Academy")
B_INNO = ref("Bijlage, Q1 2024: Stand van de samenwerking op programma’s (innovatie)")

# --------------------------------------------------------------------------
# Evidence quotes used more than once
# --------------------------------------------------------------------------

Q_PARTICIPANTS_TI = "Duurzaamheidsfabriek (fieldlab Smart Industry), KROHNE (Werkgevers Drechtsteden, Hi Delta en Smart Industry)"
Q_CAMPUS = ("Met de Duurzaamheidsfabriek op het Leerpark hebben de stad Dordrecht en de regio "
            "Drechtsteden een sterk begin van een campus staan")
Q_ROADMAPS = ("ondersteund worden door de overheid (Drechtsteden) en uitvoeringsorganisaties "
              "Innovation Quarter en de Economic Board Drechtsteden")
Q_ROADMAP_PROJECTS = "Binnen de Innovatie Roadmaps kon door het Regio Deal-geld een groot aantal projecten opgestart worden"
Q_PERSPCT_START = ("Projecten die voort konden bouwen op bestaande samenwerkingsstructuren zijn MBO-aanpak en Perspct"
                   "…Perspct brengt hiervoor maatschappelijke partners, werkgevers, opleiders en leerwerkbedrijven bij elkaar")
Q_PERSPCT_RUN = ("Het programma Perspct wordt uitgebreid om in drie jaar 600 mensen"
                 "…Perspct brengt hiervoor maatschappelijke partners, werkgevers, opleiders en leerwerkbedrijven bij elkaar")
Q_ILAB_2022 = ("Coöperatie opgericht waarin bedrijfsleven, onderwijs en gemeente participeren – men zit structureel "
               "met elkaar aan tafel, is samen eigenaar en allen dragen financieel bij")
Q_ILAB_FOUNDERS = "Naast IKG en Wetech"
Q_ILAB_MEMBERS_2024 = "De leden van de coöperatie dragen financieel bij aan de exploitatie, maar organiseren ook samen onderwijsprojecten"
Q_ILAB_NEW_MUNI = ("Het aantal leden van de coöperatie is uitgebreid: Naast IKG en Wetech, gemeentes van de "
                   "arbeidsmarktregio (Gorinchem, Vijfherenlanden, Molenlanden) en daarbuiten")
Q_ILAB_SCHOOLS = "Het aantal leden van de coöperatie is uitgebreid…4 of 5 scholen"
Q_ILAB_COMPANIES = "Het aantal leden van de coöperatie is uitgebreid…ongeveer 60 ondernemingen"
Q_ILAB_SB = "Stichting School & Bedrijf is opgenomen in de coöperatie"
Q_ILAB_DOCENTEN = ("Groepen docenten van verschillende scholen en/of werknemers uit het bedrijfsleven komen samen "
                   "bij I_lab op gezamenlijke thema’s of programma’s")
Q_MBO_2022_SECTORS = "De sectoren (Bouw Nederland, Koninklijke Metaal) zijn hierop aangehaakt"
Q_MBO_2022_LEERLIJN = "Stakeholder overleg: samenwerking voor doorgaande leerlijn. De sectoren (Bouw Nederland, Koninklijke Metaal) zijn hierop aangehaakt"
Q_MBO_2024_PLATFORM = "Sterk platform met partners die op MBO-niveau samenwerken"
Q_MBO_2024_PLANNING = "Er is gezamenlijk een planning opgesteld voor 2024"
Q_MBO_2024_MORE = "Een sterk netwerk waarbij meer sectoren zich hebben aangesloten, maar ook individuele ondernemers"
Q_MBO_2024_JOBS = "door vakmensen op te leiden die nodig zijn in de regio…(uitbreiding Fokker, behoud Peute)"
Q_KANSRIJK_PLAN_CONTACT = ("werken de gemeente Alblasserdam, de Sociale Dienst Drechtsteden, het Da Vinci College en "
                           "(toekomstig) gevestigde bedrijven (o.a. Peute) samen aan een praktijkleerprogramma"
                           "…Men is nog in de fase van contacten opdoen, mogelijkheden onderzoeken")
Q_DA_2022 = "Overleg onderwijs – bedrijven (innovatietafels): strategische onderwerpen besproken"
Q_DA_GOV = "Door overheid bedacht, maar ondernemers niet mee laten denken"
Q_INNO_2022 = "In een periode van beperkingen (Corona) ontstonden wel verbanden, maar niet echt verbinding"
Q_INNO_STOPPED = "drie van de vijf gestarte initiatieven zijn gestopt, twee zijn er voortgezet"
Q_INNO_2024 = "Een fase waarin bedrijven elkaar makkelijker vinden en met elkaar uitdagingen vormgeven"
Q_SCALE = "Nieuwe fase SCALE: bouwen aan vertrouwen door bij elkaar te komen, samen dingen te doen en verbinding te zoeken"
Q_MAAKFABRIEK_2024 = "Nog niet bereikt wat gewild: namelijk een fysieke locatie voor de maakfabriek in gebruik (planning 2026)"
Q_IQ_STAKEHOLDER = ("Wärtsilä (Refit alliantie), Innovation Quarter…alleen van deze laatste twee initiatieven "
                    "stakeholders betrokken bij de groepsdiscussies")
Q_REFIT = "De deelnemers op toegepaste innovatie zien de innovatieplatforms en Refit Alliantie als een goede stap om samenwerking en open innovatie te stimuleren"

# --------------------------------------------------------------------------
# Actors
# columns: id, name, sector, region, pillar, type, count, waves, note
# count: for a group the report does not name one by one (type `aggregate`),
# the number the report gives, or "unspecified".
# --------------------------------------------------------------------------

ACTORS = [
    # --- government
    ("gem-dordrecht", "Gemeente Dordrecht", "government", "drechtsteden", "both", "municipality", "", ALL,
     "Took part in both group interviews (MBO-aanpak; Toegepaste Innovatie)."),
    ("gem-gorinchem", "Gemeente Gorinchem", "government", "gorinchem", "human-capital", "municipality", "", ALL,
     "Took part for I_lab."),
    ("gem-alblasserdam", "Gemeente Alblasserdam", "government", "drechtsteden", "human-capital", "municipality", "",
     "2024", "Took part for Kansrijk, which started late 2023."),
    ("gem-vijfherenlanden", "Gemeente Vijfherenlanden", "government", "gorinchem", "human-capital", "municipality", "",
     "2024", "Member of the I_lab cooperative by Q1 2024 (arbeidsmarktregio Gorinchem)."),
    ("gem-molenlanden", "Gemeente Molenlanden", "government", "gorinchem", "human-capital", "municipality", "",
     "2024", "Member of the I_lab cooperative by Q1 2024 (arbeidsmarktregio Gorinchem)."),
    ("gemeenten-buiten-arbeidsmarktregio", "Gemeenten buiten de arbeidsmarktregio Gorinchem (leden I_lab)",
     "government", "", "human-capital", "aggregate", "unspecified", "2024",
     "The report: 'gemeentes van de arbeidsmarktregio ... en daarbuiten'. Which ones, and so their region, is not said."),
    ("drechtsteden", "Drechtsteden (regionale samenwerking, GRD)", "government", "drechtsteden", "both",
     "regional-body", "", ALL,
     "The inter-municipal body the report calls 'de Drechtsteden' (its jurists, its part in the Regio Deal "
     "application, the roadmaps); GRD changed into GRS during the deal."),
    ("rijk", "Rijk", "government", "outside", "both", "national-government", "", ALL,
     "The national government, counterpart of the Regio Deal."),
    ("sdd", "Sociale Dienst Drechtsteden", "government", "drechtsteden", "human-capital", "public-agency", "", ALL,
     "Took part for Perspct; partner in Kansrijk; merging with Drechtwerk by 2024."),
    ("drechtwerk", "Drechtwerk", "government", "drechtsteden", "human-capital", "public-agency", "", "2024",
     "Named only for its merger with the Sociale Dienst Drechtsteden."),
    # --- education
    ("da-vinci-college", "Da Vinci College", "education", "drechtsteden", "human-capital", "school", "", "2024",
     "Partner in Kansrijk."),
    ("skill", "Skill", "education", "drechtsteden", "human-capital", "school", "", "2024",
     "I_lab works with Skill, named as an example of Gorinchem using Drechtsteden expertise; the report does not "
     "say what Skill is: sector education is an assumption."),
    ("ilab-scholen", "Scholen in de coöperatie I_lab", "education", "gorinchem", "human-capital", "aggregate", "4-5",
     "2022;2024", "'4 of 5 scholen' are members in Q1 2024; 'onderwijs' already took part at the founding (Q1 2022)."),
    ("mbo-opleiders", "MBO-opleiders in de MBO-aanpak", "education", "drechtsteden", "human-capital", "aggregate",
     "unspecified", ALL, "The education partners of the MBO-aanpak platform; the report does not name them."),
    ("hoger-onderwijs", "Hogeronderwijsinstellingen van de Dordrecht Academy", "education", "outside",
     "human-capital", "aggregate", "unspecified", ALL,
     "Providers of the Associate Degree programmes and the lectorate; not named. Region 'outside' is an "
     "assumption: the report wants institutions to bring their knowledge to the Drechtsteden."),
    ("perspct-opleiders", "Opleiders (Perspct)", "education", "drechtsteden", "human-capital", "aggregate",
     "unspecified", "2019;2022", "Partner type named in the Perspct programme description."),
    # --- industry
    ("ikg", "IKG", "industry", "gorinchem", "human-capital", "business-association", "", ALL,
     "Took part for I_lab; founding member of the cooperative; 400 companies are linked through IKG and Wetech."),
    ("wetech", "Wetech", "industry", "gorinchem", "human-capital", "business-association", "", "2022;2024",
     "Member of the I_lab cooperative; 400 companies are linked through IKG and Wetech."),
    ("ilab-ondernemingen", "Ondernemingen in de coöperatie I_lab", "industry", "gorinchem", "human-capital",
     "aggregate", "60", "2024", "'ongeveer 60 ondernemingen' are members in Q1 2024."),
    ("ikg-wetech-bedrijven", "Bedrijven indirect aangesloten via IKG en Wetech", "industry", "gorinchem",
     "human-capital", "aggregate", "400", "2024", "'Indirect zijn via IKG en Wetech 400 bedrijven aangesloten.'"),
    ("werkgevers-drechtsteden", "Werkgevers Drechtsteden", "industry", "drechtsteden", "toegepaste-innovatie",
     "business-association", "", ALL, "Represented by KROHNE in the innovation interview."),
    ("krohne", "KROHNE", "industry", "drechtsteden", "toegepaste-innovatie", "company", "", ALL,
     "Took part in the innovation interview, also for Werkgevers Drechtsteden, Hi Delta and Smart Industry."),
    ("wartsila", "Wärtsilä", "industry", "outside", "toegepaste-innovatie", "company", "", "2022;2024",
     "Took part for the Refit alliantie. Region 'outside' and presence in 2022 are assumptions (see README)."),
    ("fokker", "Fokker", "industry", "drechtsteden", "human-capital", "company", "", "2024",
     "The MBO-aanpak contributes to its expansion ('uitbreiding Fokker')."),
    ("peute", "Peute", "industry", "drechtsteden", "human-capital", "company", "", "2024",
     "Company partner in Kansrijk; the MBO-aanpak contributes to keeping its jobs ('behoud Peute')."),
    ("bouw-nederland", "Bouw Nederland", "industry", "outside", "human-capital", "business-association", "",
     "2022;2024", "Sector hooked on to the MBO-aanpak by Q1 2022 (name as written in the report)."),
    ("koninklijke-metaal", "Koninklijke Metaal", "industry", "outside", "human-capital", "business-association", "",
     "2022;2024", "Sector hooked on to the MBO-aanpak by Q1 2022 (name as written in the report)."),
    ("mbo-sectoren", "Overige aangesloten sectoren (MBO-aanpak)", "industry", "", "human-capital", "aggregate",
     "unspecified", "2024", "'meer sectoren zich hebben aangesloten' by Q1 2024; not named."),
    ("mbo-ondernemers", "Individuele ondernemers (MBO-aanpak)", "industry", "drechtsteden", "human-capital",
     "aggregate", "unspecified", "2024", "'maar ook individuele ondernemers' by Q1 2024; in 2022 'nog te weinig'."),
    ("da-ondernemers", "Ondernemers aan de innovatietafels (Dordrecht Academy)", "industry", "drechtsteden",
     "human-capital", "aggregate", "unspecified", "2022;2024", "Companies consulted on the programmes."),
    ("perspct-werkgevers", "Werkgevers (Perspct)", "industry", "drechtsteden", "human-capital", "aggregate",
     "unspecified", "2019;2022", "Partner type named in the Perspct programme description."),
    ("perspct-leerwerkbedrijven", "Leerwerkbedrijven (Perspct)", "industry", "drechtsteden", "human-capital",
     "aggregate", "unspecified", "2019;2022", "Partner type named in the Perspct programme description."),
    ("roadmap-bedrijven", "Bedrijven in de innovatie roadmaps", "industry", "drechtsteden", "toegepaste-innovatie",
     "aggregate", "unspecified", "2022;2024", "Companies in the lead of the roadmaps and their projects."),
    ("refit-partners", "Partners in de Refit alliantie", "industry", "", "toegepaste-innovatie", "aggregate",
     "unspecified", "2022;2024", "The alliance's other members; not named."),
    # --- civil society
    ("perspct-maatschappelijke-partners", "Maatschappelijke partners (Perspct)", "civil-society", "drechtsteden",
     "human-capital", "aggregate", "unspecified", "2019;2022",
     "Partner type named in the Perspct programme description."),
    # --- intermediary
    ("innovation-quarter", "Innovation Quarter", "intermediary", "outside", "toegepaste-innovatie", "intermediary",
     "", ALL, "Took part in the innovation interview; executes the innovation roadmaps. A province-wide agency."),
    ("economic-board-drechtsteden", "Economic Board Drechtsteden", "intermediary", "drechtsteden",
     "toegepaste-innovatie", "intermediary", "", ALL, "Executes the innovation roadmaps."),
    ("duurzaamheidsfabriek", "Duurzaamheidsfabriek", "intermediary", "drechtsteden", "both", "intermediary", "", ALL,
     "Took part for the fieldlab Smart Industry; 'I_lab is geboren in de Duurzaamheidsfabriek'."),
    ("hi-delta", "Hi Delta", "intermediary", "drechtsteden", "toegepaste-innovatie", "intermediary", "",
     "2022;2024", "Represented by KROHNE; 'de professionalisering van Hi Delta'. Presence in 2022 is assumed."),
    ("ilab-cooperatie", "Coöperatie I_lab", "intermediary", "gorinchem", "human-capital", "cooperative", "",
     "2022;2024", "The cooperative that runs I_lab, founded by Q1 2022; its members are tied to it."),
    ("school-en-bedrijf", "Stichting School & Bedrijf", "intermediary", "gorinchem", "human-capital",
     "intermediary", "", "2024", "Taken into the I_lab cooperative by Q1 2024. Region is an assumption."),
    ("data-value-drechtsteden", "Data Value Drechtsteden", "intermediary", "drechtsteden", "toegepaste-innovatie",
     "intermediary", "", "2024", "A computing centre on the roof of the Duurzaamheidsfabriek, from Digital mainport."),
    ("open-industry-alliantie", "Open Industry 4.0 alliantie", "intermediary", "outside", "toegepaste-innovatie",
     "intermediary", "", "2024", "International alliance for which Data Value Drechtsteden is a demonstrator."),
    # --- mixed groups
    ("data-value-bezoekers", "Partijen op bijeenkomsten van Data Value Drechtsteden", "mixed", "",
     "toegepaste-innovatie", "aggregate", "30-50", "2024", "'bijeenkomsten worden door 30-50 partijen bezocht'."),
    ("gestopt-deelnemers", "Deelnemers van de drie gestopte innovatie-initiatieven", "mixed", "",
     "toegepaste-innovatie", "aggregate", "unspecified", "2022",
     "The report names neither the stopped initiatives nor their members; presence in 2022 is assumed."),
]

# --------------------------------------------------------------------------
# Memberships: initiative, actor, waves, confidence, evidence, source_ref.
# An actor may have one row per confidence level when the level differs by wave.
# --------------------------------------------------------------------------

MEMBERSHIPS = [
    # I_lab
    ("i-lab", "gem-gorinchem", ALL, "stated", "Gorinchem (I_lab)", INL),
    ("i-lab", "ikg", "2022;2024", "stated", "IKG (I_lab)", INL),
    ("i-lab", "ikg", "2019", "implied", "Samenwerking loop in het begin nog moeizaam", B_ILAB + " (Q4 2019)"),
    ("i-lab", "ilab-cooperatie", "2022;2024", "stated", "Coöperatie opgericht waarin bedrijfsleven, onderwijs en gemeente participeren", B_ILAB + " (Q1 2022)"),
    ("i-lab", "wetech", "2024", "stated", Q_ILAB_FOUNDERS, B_ILAB + " (Q1 2024)"),
    ("i-lab", "wetech", "2022", "implied", Q_ILAB_FOUNDERS, B_ILAB + " (Q1 2024)"),
    ("i-lab", "ilab-scholen", "2022;2024", "stated", Q_ILAB_2022, B_ILAB + " (Q1 2022)"),
    ("i-lab", "ilab-ondernemingen", "2024", "stated", Q_ILAB_COMPANIES, B_ILAB + " (Q1 2024)"),
    ("i-lab", "gem-vijfherenlanden", "2024", "stated", Q_ILAB_NEW_MUNI, B_ILAB + " (Q1 2024)"),
    ("i-lab", "gem-molenlanden", "2024", "stated", Q_ILAB_NEW_MUNI, B_ILAB + " (Q1 2024)"),
    ("i-lab", "gemeenten-buiten-arbeidsmarktregio", "2024", "stated", Q_ILAB_NEW_MUNI, B_ILAB + " (Q1 2024)"),
    ("i-lab", "school-en-bedrijf", "2024", "stated", Q_ILAB_SB, B_ILAB + " (Q1 2024)"),
    # MBO-aanpak
    ("mbo-aanpak", "gem-dordrecht", ALL, "stated", "Dordrecht (MBO-aanpak)", INL),
    ("mbo-aanpak", "mbo-opleiders", ALL, "implied", "Samenwerkingsplatform onderwijs en bedrijfsleven", B_HC),
    ("mbo-aanpak", "bouw-nederland", "2022;2024", "stated", Q_MBO_2022_SECTORS, B_MBO + " (Q1 2022)"),
    ("mbo-aanpak", "koninklijke-metaal", "2022;2024", "stated", Q_MBO_2022_SECTORS, B_MBO + " (Q1 2022)"),
    ("mbo-aanpak", "mbo-sectoren", "2024", "stated", Q_MBO_2024_MORE, B_MBO + " (Q1 2024)"),
    ("mbo-aanpak", "mbo-ondernemers", "2024", "stated", Q_MBO_2024_MORE, B_MBO + " (Q1 2024)"),
    ("mbo-aanpak", "fokker", "2024", "implied", "uitbreiding Fokker", B_MBO + " (Q1 2024)"),
    ("mbo-aanpak", "peute", "2024", "implied", "behoud Peute", B_MBO + " (Q1 2024)"),
    # Kansrijk
    ("kansrijk", "gem-alblasserdam", "2024", "stated", "Alblasserdam (Kansrijk)", INL),
    ("kansrijk", "sdd", "2024", "stated", "aangeleverde kandidaten (SDD)", B_KANS + " (Q1 2024)"),
    ("kansrijk", "da-vinci-college", "2024", "stated", "de Sociale Dienst Drechtsteden, het Da Vinci College en (toekomstig) gevestigde bedrijven (o.a. Peute)", B_HC),
    ("kansrijk", "peute", "2024", "stated", "(toekomstig) gevestigde bedrijven (o.a. Peute)", B_HC),
    # Perspct
    ("perspct", "sdd", "2019;2022", "stated", "Sociale Dienst Drechtsteden (Perspct)", INL),
    ("perspct", "perspct-werkgevers", "2019;2022", "stated", "Perspct brengt hiervoor maatschappelijke partners, werkgevers", B_HC),
    ("perspct", "perspct-opleiders", "2019;2022", "stated", "Perspct brengt hiervoor maatschappelijke partners, werkgevers, opleiders", B_HC),
    ("perspct", "perspct-leerwerkbedrijven", "2019;2022", "stated", "Perspct brengt hiervoor maatschappelijke partners, werkgevers, opleiders en leerwerkbedrijven", B_HC),
    ("perspct", "perspct-maatschappelijke-partners", "2019;2022", "stated", "Perspct brengt hiervoor maatschappelijke partners", B_HC),
    # Dordrecht Academy
    ("dordrecht-academy", "hoger-onderwijs", ALL, "implied", "Dordrecht Academy: Associate Degree opleidingen op Leerpark Dordrecht", B_HC),
    ("dordrecht-academy", "da-ondernemers", "2022;2024", "stated", Q_DA_2022, B_DA + " (Q1 2022)"),
    ("dordrecht-academy", "gem-dordrecht", ALL, "assumed", Q_DA_GOV, B_DA),
    # Maakfabriek
    ("maakfabriek", "gem-dordrecht", "2019", "stated", Q_CAMPUS, B_TI),
    ("maakfabriek", "gem-dordrecht", "2022;2024", "implied", Q_CAMPUS, B_TI),
    ("maakfabriek", "drechtsteden", "2019", "stated", Q_CAMPUS, B_TI),
    ("maakfabriek", "drechtsteden", "2022;2024", "implied", Q_CAMPUS, B_TI),
    ("maakfabriek", "duurzaamheidsfabriek", "2019", "stated", Q_CAMPUS, B_TI),
    ("maakfabriek", "duurzaamheidsfabriek", "2022;2024", "implied", Q_CAMPUS, B_TI),
    # Digital mainport
    ("digital-mainport", "data-value-drechtsteden", "2024", "stated", "Data Value Drechtsteden uit voortgekomen", B_INNO),
    ("digital-mainport", "duurzaamheidsfabriek", "2024", "implied", "een computercentrum op het dak van de duurzaamheidsfabriek", B_INNO),
    # Innovatieve roadmaps
    ("innovatieve-roadmaps", "drechtsteden", ALL, "stated", Q_ROADMAPS, B_TI),
    ("innovatieve-roadmaps", "innovation-quarter", ALL, "stated", Q_ROADMAPS, B_TI),
    ("innovatieve-roadmaps", "economic-board-drechtsteden", ALL, "stated", Q_ROADMAPS, B_TI),
    ("innovatieve-roadmaps", "roadmap-bedrijven", "2022;2024", "stated", "Voor het opstellen en uitvoeren van de roadmaps worden bedrijven in de trekkersrol gezet", B_TI),
    # Continuing innovation initiatives
    ("refit-alliantie", "wartsila", "2024", "stated", "Wärtsilä (Refit alliantie)", INL),
    ("refit-alliantie", "wartsila", "2022", "assumed", Q_INNO_STOPPED, INL),
    ("refit-alliantie", "refit-partners", "2024", "implied", Q_REFIT, UIT2),
    ("refit-alliantie", "refit-partners", "2022", "assumed", Q_INNO_STOPPED, INL),
    ("fieldlab-smart-industry", "duurzaamheidsfabriek", "2024", "stated", "Duurzaamheidsfabriek (fieldlab Smart Industry)", INL),
    ("fieldlab-smart-industry", "duurzaamheidsfabriek", "2022", "assumed", Q_INNO_STOPPED, INL),
    ("fieldlab-smart-industry", "krohne", "2024", "stated", "KROHNE (Werkgevers Drechtsteden, Hi Delta en Smart Industry)", INL),
    ("fieldlab-smart-industry", "krohne", "2022", "assumed", Q_INNO_STOPPED, INL),
    # Stopped innovation initiatives
    ("innovatie-gestopt", "gestopt-deelnemers", "2022", "assumed", Q_INNO_STOPPED, INL),
    ("innovatie-gestopt", "innovation-quarter", "2022", "assumed", "Drie initiatieven zijn weer gestopt", VOORTGANG),
    ("innovatie-gestopt", "economic-board-drechtsteden", "2022", "assumed", "Drie initiatieven zijn weer gestopt", VOORTGANG),
]

# --------------------------------------------------------------------------
# Ties: source, target, wave, weight, kind, initiative, confidence, evidence, source_ref
# weight: 1 contact / loosely involved, 2 working together, 3 close or structural
# --------------------------------------------------------------------------

S, I, A = "stated", "implied", "assumed"

TIES = [
    # ======================= Q4 2019: start =======================
    # Gorinchem - Drechtsteden: help with the Regio Deal application
    ("gem-gorinchem", "drechtsteden", 2019, 1, "support", "", I,
     "waardering van deelnemers Gorinchem voor bijdrage Drechtsteden aan aanvraag Regio Deal", BIJ2),
    ("gem-gorinchem", "rijk", 2019, 1, "funding", "i-lab", I,
     "Business case voor aanvraag Regio Deal, gemeenteraad overtuigd om substantieel te investeren", B_ILAB + " (Q4 2019)"),
    ("drechtsteden", "rijk", 2019, 1, "funding", "", I,
     "bijdrage Drechtsteden aan aanvraag Regio Deal", BIJ2),
    # I_lab: collaboration at the start was difficult
    ("gem-gorinchem", "ikg", 2019, 1, "collaboration", "i-lab", I,
     "Samenwerking loop in het begin nog moeizaam", B_ILAB + " (Q4 2019)"),
    # Campus around the Duurzaamheidsfabriek (programme description: situation at the start)
    ("gem-dordrecht", "duurzaamheidsfabriek", 2019, 2, "collaboration", "maakfabriek", S, Q_CAMPUS, B_TI),
    ("drechtsteden", "duurzaamheidsfabriek", 2019, 2, "collaboration", "maakfabriek", S, Q_CAMPUS, B_TI),
    ("gem-dordrecht", "drechtsteden", 2019, 2, "collaboration", "maakfabriek", S, Q_CAMPUS, B_TI),
    # MBO-aanpak builds on an existing structure
    ("gem-dordrecht", "mbo-opleiders", 2019, 1, "collaboration", "mbo-aanpak", I,
     "Verder bouwen op een bestaande samenwerkingsstructuur", B_MBO + " (Q4 2019)"),
    # Perspct builds on an existing structure
    ("sdd", "perspct-werkgevers", 2019, 2, "collaboration", "perspct", I, Q_PERSPCT_START, MS3),
    ("sdd", "perspct-opleiders", 2019, 2, "collaboration", "perspct", I, Q_PERSPCT_START, MS3),
    ("sdd", "perspct-leerwerkbedrijven", 2019, 2, "collaboration", "perspct", I, Q_PERSPCT_START, MS3),
    ("sdd", "perspct-maatschappelijke-partners", 2019, 2, "collaboration", "perspct", I, Q_PERSPCT_START, MS3),
    # Innovation roadmaps: set-up by the Drechtsteden with the executing organisations
    ("drechtsteden", "innovation-quarter", 2019, 1, "collaboration", "innovatieve-roadmaps", I, Q_ROADMAPS, B_TI),
    ("drechtsteden", "economic-board-drechtsteden", 2019, 1, "collaboration", "innovatieve-roadmaps", I, Q_ROADMAPS, B_TI),
    ("innovation-quarter", "economic-board-drechtsteden", 2019, 1, "collaboration", "innovatieve-roadmaps", I, Q_ROADMAPS, B_TI),
    # Existing private networks
    ("krohne", "werkgevers-drechtsteden", 2019, 1, "membership", "", A,
     "Dit gaat verder dan de (private) samenwerkingen die er al waren binnen de Drechtsteden", UIT1),
    # Dordrecht Academy: a new collaboration occasioned by the deal
    ("gem-dordrecht", "hoger-onderwijs", 2019, 1, "collaboration", "dordrecht-academy", A,
     "Projecten waarbij de Regio Deal aanleiding was voor nieuwe samenwerkingen zijn I_lab, Dordrecht Academy", START),

    # ======================= Q1 2022: baseline =======================
    # Gorinchem - Drechtsteden
    ("gem-gorinchem", "drechtsteden", 2022, 2, "collaboration", "", S,
     "De samenwerking tussen de gemeente Gorinchem en de Drechtsteden…is sinds de start van de Regio Deal duidelijk "
     "verbeterd. Deze verbetering heeft zich na de nulmeting in 2022 verder doorgezet", MS1),
    ("ilab-cooperatie", "duurzaamheidsfabriek", 2022, 1, "collaboration", "i-lab", I,
     "I_lab: “I_lab is geboren in de Duurzaamheidsfabriek”", BIJ2),
    ("gem-gorinchem", "rijk", 2022, 1, "funding", "i-lab", I,
     "De financiële middelen van de Regio Deal hebben een “aan”-effect gehad", BIJ1),
    ("drechtsteden", "rijk", 2022, 1, "funding", "innovatieve-roadmaps", I, Q_ROADMAP_PROJECTS, UIT4),
    # I_lab cooperative founded: business, education and the municipality at one table
    ("ilab-cooperatie", "gem-gorinchem", 2022, 3, "membership", "i-lab", S, Q_ILAB_2022, B_ILAB + " (Q1 2022)"),
    ("ilab-cooperatie", "ilab-scholen", 2022, 3, "membership", "i-lab", S, Q_ILAB_2022, B_ILAB + " (Q1 2022)"),
    ("gem-gorinchem", "ilab-scholen", 2022, 3, "collaboration", "i-lab", S, Q_ILAB_2022, B_ILAB + " (Q1 2022)"),
    ("ilab-cooperatie", "ikg", 2022, 3, "membership", "i-lab", I, Q_ILAB_2022 + "…" + Q_ILAB_FOUNDERS, B_ILAB + " (Q1 2022)"),
    ("ilab-cooperatie", "wetech", 2022, 3, "membership", "i-lab", I, Q_ILAB_2022 + "…" + Q_ILAB_FOUNDERS, B_ILAB + " (Q1 2022)"),
    ("gem-gorinchem", "ikg", 2022, 3, "collaboration", "i-lab", I, Q_ILAB_2022 + "…" + Q_ILAB_FOUNDERS, B_ILAB + " (Q1 2022)"),
    ("gem-gorinchem", "wetech", 2022, 3, "collaboration", "i-lab", I, Q_ILAB_2022 + "…" + Q_ILAB_FOUNDERS, B_ILAB + " (Q1 2022)"),
    ("ikg", "ilab-scholen", 2022, 3, "collaboration", "i-lab", I, Q_ILAB_2022 + "…" + Q_ILAB_FOUNDERS, B_ILAB + " (Q1 2022)"),
    ("wetech", "ilab-scholen", 2022, 3, "collaboration", "i-lab", I, Q_ILAB_2022 + "…" + Q_ILAB_FOUNDERS, B_ILAB + " (Q1 2022)"),
    ("ikg", "wetech", 2022, 3, "collaboration", "i-lab", I, Q_ILAB_2022 + "…" + Q_ILAB_FOUNDERS, B_ILAB + " (Q1 2022)"),
    # MBO-aanpak: from sceptical to trust; sectors hooked on
    ("gem-dordrecht", "mbo-opleiders", 2022, 2, "collaboration", "mbo-aanpak", I,
     "Omslag in samenwerking: van sceptisch naar vertrouwen", B_MBO + " (Q1 2022)"),
    ("gem-dordrecht", "bouw-nederland", 2022, 1, "collaboration", "mbo-aanpak", S, Q_MBO_2022_SECTORS, B_MBO + " (Q1 2022)"),
    ("gem-dordrecht", "koninklijke-metaal", 2022, 1, "collaboration", "mbo-aanpak", S, Q_MBO_2022_SECTORS, B_MBO + " (Q1 2022)"),
    ("mbo-opleiders", "bouw-nederland", 2022, 1, "collaboration", "mbo-aanpak", I, Q_MBO_2022_LEERLIJN, B_MBO + " (Q1 2022)"),
    ("mbo-opleiders", "koninklijke-metaal", 2022, 1, "collaboration", "mbo-aanpak", I, Q_MBO_2022_LEERLIJN, B_MBO + " (Q1 2022)"),
    # Dordrecht Academy: education and companies at the innovation tables
    ("hoger-onderwijs", "da-ondernemers", 2022, 2, "collaboration", "dordrecht-academy", S, Q_DA_2022, B_DA + " (Q1 2022)"),
    ("gem-dordrecht", "hoger-onderwijs", 2022, 1, "collaboration", "dordrecht-academy", A, Q_DA_GOV, B_DA),
    # Perspct still running
    ("sdd", "perspct-werkgevers", 2022, 2, "collaboration", "perspct", I, Q_PERSPCT_RUN, B_HC),
    ("sdd", "perspct-opleiders", 2022, 2, "collaboration", "perspct", I, Q_PERSPCT_RUN, B_HC),
    ("sdd", "perspct-leerwerkbedrijven", 2022, 2, "collaboration", "perspct", I, Q_PERSPCT_RUN, B_HC),
    ("sdd", "perspct-maatschappelijke-partners", 2022, 2, "collaboration", "perspct", I, Q_PERSPCT_RUN, B_HC),
    # Innovation: initiating, bringing people together, networks forming
    ("drechtsteden", "innovation-quarter", 2022, 2, "collaboration", "innovatieve-roadmaps", I, Q_ROADMAPS, B_TI),
    ("drechtsteden", "economic-board-drechtsteden", 2022, 2, "collaboration", "innovatieve-roadmaps", I, Q_ROADMAPS, B_TI),
    ("innovation-quarter", "economic-board-drechtsteden", 2022, 2, "collaboration", "innovatieve-roadmaps", I, Q_ROADMAPS, B_TI),
    ("innovation-quarter", "roadmap-bedrijven", 2022, 1, "support", "innovatieve-roadmaps", I, Q_ROADMAPS, B_TI),
    ("economic-board-drechtsteden", "roadmap-bedrijven", 2022, 1, "support", "innovatieve-roadmaps", I, Q_ROADMAPS, B_TI),
    ("drechtsteden", "roadmap-bedrijven", 2022, 1, "support", "innovatieve-roadmaps", I, Q_ROADMAP_PROJECTS, UIT4),
    ("innovation-quarter", "gestopt-deelnemers", 2022, 1, "support", "innovatie-gestopt", A, Q_INNO_STOPPED, INL),
    ("economic-board-drechtsteden", "gestopt-deelnemers", 2022, 1, "support", "innovatie-gestopt", A, Q_INNO_STOPPED, INL),
    ("wartsila", "refit-partners", 2022, 1, "collaboration", "refit-alliantie", A, Q_INNO_2022, UIT1),
    ("krohne", "duurzaamheidsfabriek", 2022, 1, "collaboration", "fieldlab-smart-industry", A, Q_INNO_2022, UIT1),
    ("krohne", "werkgevers-drechtsteden", 2022, 1, "membership", "", A,
     "Dit gaat verder dan de (private) samenwerkingen die er al waren binnen de Drechtsteden", UIT1),
    ("krohne", "hi-delta", 2022, 1, "membership", "", A,
     "Dit komt niet alleen door de Regio Deal, maar ook doordat bestaande netwerken sterker zijn geworden", BIJ2),
    # Campus continues
    ("gem-dordrecht", "duurzaamheidsfabriek", 2022, 2, "collaboration", "maakfabriek", I, Q_CAMPUS, B_TI),
    ("drechtsteden", "duurzaamheidsfabriek", 2022, 2, "collaboration", "maakfabriek", I, Q_CAMPUS, B_TI),
    ("gem-dordrecht", "drechtsteden", 2022, 2, "collaboration", "maakfabriek", I, Q_CAMPUS, B_TI),

    # ======================= Q1 2024: end measurement =======================
    # Gorinchem - Drechtsteden
    ("gem-gorinchem", "gem-dordrecht", 2024, 2, "collaboration", "", S,
     "Ambtenaren van gemeente Gorinchem en gemeente Dordrecht/de Drechtsteden weten elkaar beter te vinden", BIJ2),
    ("gem-gorinchem", "drechtsteden", 2024, 2, "collaboration", "", S,
     "Gorinchem die gebruik maakt van de expertise van juristen in de Drechtsteden", BIJ2),
    ("ilab-cooperatie", "skill", 2024, 2, "collaboration", "i-lab", S, "I_lab werkt samen met Skill", B_ILAB + " (Q1 2024)"),
    ("ilab-cooperatie", "duurzaamheidsfabriek", 2024, 2, "collaboration", "i-lab", S,
     "Gebruik maken van elkaars expertise (Gorinchem – Drechtsteden)…I_lab is geboren in de Duurzaamheidsfabriek",
     B_ILAB + " (Bijdrage Regio Deal)"),
    # Rijk: funding and the lobby structure
    ("drechtsteden", "rijk", 2024, 2, "lobby", "", S,
     "Het is een manier van het Rijk om ons te beïnvloeden, maar ook onze manier om het Rijk te beïnvloeden", BIJ3),
    ("gem-gorinchem", "rijk", 2024, 1, "funding", "i-lab", I,
     "I_lab draait nog voor belangrijk deel op het geld van de Regio Deal", B_ILAB + " (Bijdrage Regio Deal)"),
    # Social domain: Drechtwerk and the Sociale Dienst merge
    ("sdd", "drechtwerk", 2024, 3, "merger", "", S,
     "Bv het samengaan van Drechtwerk en de Sociale Dienst Drechtsteden", BIJ2),
    # Kansrijk: still making contacts
    ("gem-alblasserdam", "sdd", 2024, 1, "contact", "kansrijk", S,
     "Het resultaat van de eerste Informatiebijeenkomst georganiseerd voor aangeleverde kandidaten (SDD) was beperkt",
     B_KANS + " (Q1 2024)"),
    ("gem-alblasserdam", "da-vinci-college", 2024, 1, "contact", "kansrijk", I, Q_KANSRIJK_PLAN_CONTACT, B_KANS + " (Q1 2024)"),
    ("gem-alblasserdam", "peute", 2024, 1, "contact", "kansrijk", I, Q_KANSRIJK_PLAN_CONTACT, B_KANS + " (Q1 2024)"),
    # Dordrecht Academy: behind where it wants to be
    ("hoger-onderwijs", "da-ondernemers", 2024, 2, "collaboration", "dordrecht-academy", S,
     "op dit moment zijn er vijf Associate Degree opleidingen die echt aansluiten bij wat ondernemers willen", B_DA + " (Q1 2024)"),
    ("gem-dordrecht", "hoger-onderwijs", 2024, 1, "collaboration", "dordrecht-academy", A, Q_DA_GOV, B_DA),
    # Innovation
    ("wartsila", "refit-partners", 2024, 2, "collaboration", "refit-alliantie", S, Q_REFIT, UIT2),
    # The innovation interview had only stakeholders of the two continuing
    # initiatives; Innovation Quarter, which executes the roadmaps they came
    # from, was one of them.
    ("innovation-quarter", "wartsila", 2024, 1, "support", "refit-alliantie", I, Q_IQ_STAKEHOLDER, INL),
    ("innovation-quarter", "duurzaamheidsfabriek", 2024, 1, "support", "fieldlab-smart-industry", I,
     Q_IQ_STAKEHOLDER, INL),
    ("krohne", "duurzaamheidsfabriek", 2024, 2, "collaboration", "fieldlab-smart-industry", I, Q_PARTICIPANTS_TI, INL),
    ("krohne", "werkgevers-drechtsteden", 2024, 2, "representation", "", S,
     "KROHNE (Werkgevers Drechtsteden, Hi Delta en Smart Industry)", INL),
    ("krohne", "hi-delta", 2024, 2, "representation", "", S,
     "KROHNE (Werkgevers Drechtsteden, Hi Delta en Smart Industry)", INL),
    ("gem-dordrecht", "duurzaamheidsfabriek", 2024, 2, "collaboration", "maakfabriek", I,
     Q_CAMPUS + "…" + Q_MAAKFABRIEK_2024, B_INNO),
    ("drechtsteden", "duurzaamheidsfabriek", 2024, 2, "collaboration", "maakfabriek", I,
     Q_CAMPUS + "…" + Q_MAAKFABRIEK_2024, B_INNO),
    ("gem-dordrecht", "drechtsteden", 2024, 2, "collaboration", "maakfabriek", I,
     Q_CAMPUS + "…" + Q_MAAKFABRIEK_2024, B_INNO),
    ("drechtsteden", "innovation-quarter", 2024, 2, "collaboration", "innovatieve-roadmaps", I, Q_ROADMAPS + "…" + Q_SCALE, B_INNO),
    ("drechtsteden", "economic-board-drechtsteden", 2024, 2, "collaboration", "innovatieve-roadmaps", I, Q_ROADMAPS + "…" + Q_SCALE, B_INNO),
    ("innovation-quarter", "economic-board-drechtsteden", 2024, 2, "collaboration", "innovatieve-roadmaps", I, Q_ROADMAPS + "…" + Q_SCALE, B_INNO),
    ("innovation-quarter", "roadmap-bedrijven", 2024, 2, "collaboration", "innovatieve-roadmaps", I, Q_ROADMAPS + "…" + Q_SCALE, B_INNO),
    ("economic-board-drechtsteden", "roadmap-bedrijven", 2024, 2, "collaboration", "innovatieve-roadmaps", I, Q_ROADMAPS + "…" + Q_SCALE, B_INNO),
    ("drechtsteden", "roadmap-bedrijven", 2024, 1, "support", "innovatieve-roadmaps", I, Q_INNO_2024, VOORTGANG),
    ("data-value-drechtsteden", "duurzaamheidsfabriek", 2024, 2, "hosting", "digital-mainport", S,
     "Data Value Drechtsteden uit voortgekomen = een computercentrum op het dak van de duurzaamheidsfabriek", B_INNO),
    ("data-value-drechtsteden", "open-industry-alliantie", 2024, 2, "collaboration", "digital-mainport", S,
     "Dient als demonstrater voor de Internationale samenwerking Open Industry 4.0 alliantie", B_INNO),
    ("data-value-drechtsteden", "data-value-bezoekers", 2024, 1, "contact", "digital-mainport", S,
     "bijeenkomsten worden door 30-50 partijen bezocht", B_INNO),
    # IKG and Wetech bring 400 companies indirectly
    ("ikg", "ikg-wetech-bedrijven", 2024, 1, "membership", "i-lab", S,
     "Indirect zijn via IKG en Wetech 400 bedrijven aangesloten", B_ILAB + " (Q1 2024)"),
    ("wetech", "ikg-wetech-bedrijven", 2024, 1, "membership", "i-lab", S,
     "Indirect zijn via IKG en Wetech 400 bedrijven aangesloten", B_ILAB + " (Q1 2024)"),
]

# I_lab 2024: the cooperative and its members. Members are tied to the
# cooperative (stated: they contribute to it); members are tied to each other
# because "de leden ... organiseren ook samen onderwijsprojecten" (implied).
ILAB_FOUNDERS = ["gem-gorinchem", "ikg", "wetech", "ilab-scholen"]
ILAB_NEW = [
    ("ilab-ondernemingen", Q_ILAB_COMPANIES),
    ("gem-vijfherenlanden", Q_ILAB_NEW_MUNI),
    ("gem-molenlanden", Q_ILAB_NEW_MUNI),
    ("gemeenten-buiten-arbeidsmarktregio", Q_ILAB_NEW_MUNI),
    ("school-en-bedrijf", Q_ILAB_SB),
]
ILAB_2024 = B_ILAB + " (Q1 2024)"


def ilab_2024_ties():
    out = []
    for m in ILAB_FOUNDERS:
        out.append(("ilab-cooperatie", m, 2024, 3, "membership", "i-lab", S, Q_ILAB_MEMBERS_2024, ILAB_2024))
    for m, q in ILAB_NEW:
        out.append(("ilab-cooperatie", m, 2024, 2, "membership", "i-lab", S, q, ILAB_2024))
    members = ILAB_FOUNDERS + [m for m, _ in ILAB_NEW]
    for i, a in enumerate(members):
        for b in members[i + 1:]:
            both_founders = a in ILAB_FOUNDERS and b in ILAB_FOUNDERS
            if {a, b} == {"ilab-scholen", "ilab-ondernemingen"}:
                out.append((a, b, 2024, 2, "collaboration", "i-lab", S, Q_ILAB_DOCENTEN, BIJ2))
            else:
                out.append((a, b, 2024, 3 if both_founders else 2, "collaboration", "i-lab", I,
                            Q_ILAB_MEMBERS_2024, ILAB_2024))
    return out


# MBO-aanpak 2024: a strong platform of partners who drew up a joint plan.
MBO_CORE = ["gem-dordrecht", "mbo-opleiders", "bouw-nederland", "koninklijke-metaal", "mbo-sectoren"]
MBO_2024 = B_MBO + " (Q1 2024)"


def mbo_2024_ties():
    out = []
    stated = {
        frozenset({"gem-dordrecht", "mbo-opleiders"}): Q_MBO_2024_PLATFORM,
        frozenset({"gem-dordrecht", "mbo-sectoren"}): Q_MBO_2024_MORE,
    }
    for i, a in enumerate(MBO_CORE):
        for b in MBO_CORE[i + 1:]:
            q = stated.get(frozenset({a, b}))
            if q:
                out.append((a, b, 2024, 3, "collaboration", "mbo-aanpak", S, q, MBO_2024))
            else:
                out.append((a, b, 2024, 3, "collaboration", "mbo-aanpak", I,
                            Q_MBO_2024_PLATFORM + "…" + Q_MBO_2024_PLANNING, MBO_2024))
    out += [
        ("gem-dordrecht", "mbo-ondernemers", 2024, 2, "collaboration", "mbo-aanpak", S, Q_MBO_2024_MORE, MBO_2024),
        ("mbo-opleiders", "mbo-ondernemers", 2024, 2, "collaboration", "mbo-aanpak", I,
         Q_MBO_2024_PLATFORM + "…" + Q_MBO_2024_MORE, MBO_2024),
        ("mbo-opleiders", "fokker", 2024, 1, "collaboration", "mbo-aanpak", I, Q_MBO_2024_JOBS, MBO_2024),
        ("mbo-opleiders", "peute", 2024, 1, "collaboration", "mbo-aanpak", I, Q_MBO_2024_JOBS, MBO_2024),
    ]
    return out


ALL_TIES = TIES + ilab_2024_ties() + mbo_2024_ties()

# --------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------

ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


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


def waves_of(spec):
    return WAVES if spec == ALL else [int(y) for y in spec.split(";")]


def check(report_path):
    errors = []
    actor_waves = {}
    for a in ACTORS:
        aid = a[0]
        if not ID_RE.match(aid):
            errors.append(f"actor id not lowercase-kebab: {aid}")
        if aid in actor_waves:
            errors.append(f"duplicate actor {aid}")
        actor_waves[aid] = set(waves_of(a[7]))
        if a[5] == "aggregate" and not a[6]:
            errors.append(f"aggregate {aid} without count")
        if a[5] != "aggregate" and a[6]:
            errors.append(f"{aid} has a count but is not an aggregate")
        for key, col in (("sector", 2), ("region", 3), ("pillar", 4), ("type", 5)):
            if a[col] and a[col] not in HEADER["attributes"][key]:
                errors.append(f"{aid}: undeclared {key} value {a[col]}")
    initiative_ids = {i[0] for i in INITIATIVES}
    if len(initiative_ids) != len(INITIATIVES):
        errors.append("duplicate initiative id")
    seen_m = {}
    for m in MEMBERSHIPS:
        ini, actor, waves, conf = m[0], m[1], m[2], m[3]
        if ini not in initiative_ids:
            errors.append(f"membership of unknown initiative {ini}")
        if actor not in actor_waves:
            errors.append(f"membership of unknown actor {actor}")
            continue
        for y in waves_of(waves):
            if y not in actor_waves[actor]:
                errors.append(f"{actor} member of {ini} in {y} but does not exist then")
            key = (ini, actor, y)
            if key in seen_m:
                errors.append(f"membership {ini}/{actor} listed twice for {y}")
            seen_m[key] = conf
        if conf not in (S, I, A):
            errors.append(f"bad confidence {conf}")
    pairs = set()
    tied = set()
    for t in ALL_TIES:
        a, b, wave, weight, kind, ini, conf, ev, sref = t
        if a == b:
            errors.append(f"self-loop {a}")
        for x in (a, b):
            if x not in actor_waves:
                errors.append(f"tie to unknown actor {x}")
            elif wave not in actor_waves[x]:
                errors.append(f"tie {a}-{b} in {wave}, but {x} does not exist then")
        key = (frozenset({a, b}), wave)
        if key in pairs:
            errors.append(f"duplicate tie {a}-{b} in {wave}")
        pairs.add(key)
        tied.update({a, b})
        if weight not in (1, 2, 3):
            errors.append(f"weight {weight} of {a}-{b}")
        if conf not in (S, I, A):
            errors.append(f"bad confidence {conf}")
        if ini and ini not in initiative_ids:
            errors.append(f"tie {a}-{b} tagged with unknown initiative {ini}")
        if not ev or not sref:
            errors.append(f"tie {a}-{b} {wave} without evidence or source_ref")
        if not kind:
            errors.append(f"tie {a}-{b} {wave} without kind")
    for aid in actor_waves:
        if aid not in tied:
            errors.append(f"actor {aid} has no tie in any wave")

    if report_path and Path(report_path).is_file():
        text = strip_ws(Path(report_path).read_text(encoding="utf-8"))
        for t in ALL_TIES:
            if not quote_found(text, t[7]):
                errors.append(f"evidence of {t[0]}-{t[1]} {t[2]} not in report: {t[7]!r}")
        for m in MEMBERSHIPS:
            if not quote_found(text, m[4]):
                errors.append(f"evidence of membership {m[0]}/{m[1]} not in report: {m[4]!r}")
    else:
        print(f"note: report not found at {report_path}; evidence quotes not checked", file=sys.stderr)
    return errors


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
    header["initiatives"] = [
        {"id": i[0], "name": i[1], "pillar": i[2], "status": i[3], "note": i[4]} for i in INITIATIVES
    ]
    files = {}
    files["study.json"] = json.dumps(header, ensure_ascii=False, indent=2) + "\n"
    files["actors.csv"] = csv_text(
        [("id", "name", "sector", "region", "pillar", "type", "count", "waves", "note")]
        + [a for a in ACTORS])
    wave_order = {w: k for k, w in enumerate(WAVES)}
    ties = sorted(ALL_TIES, key=lambda t: (wave_order[t[2]], t[0], t[1]))
    files["ties.csv"] = csv_text(
        [("source", "target", "wave", "weight", "kind", "initiative", "evidence", "source_ref", "confidence")]
        + [(t[0], t[1], t[2], t[3], t[4], t[5], t[7], t[8], t[6]) for t in ties])
    files["memberships.csv"] = csv_text(
        [("initiative", "actor", "waves", "confidence", "evidence", "source_ref")] + list(MEMBERSHIPS))
    return files


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
    OUT.mkdir(parents=True, exist_ok=True)
    for n in changed:
        (OUT / n).write_text(files[n], encoding="utf-8")
        print(f"wrote {OUT / n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
