#!/usr/bin/env python3
"""Deterministic generator for the sample tenants in this folder.

Writes, for each tenant, <slug>/tenant.yml, <slug>/logo.svg, <slug>/customers.json and
<slug>/invoices.json. Standard library only; every random choice comes from a
random.Random with a fixed seed, so re-running produces byte-identical files.

    python3 tenants-sample/generate.py

The JSON bodies follow the contract in docs/invoice-model.md (customer = PUT
/api/v1/tenants/{t}/customers/{customerNumber} plus "customerNumber" and
"demoActivated"; invoice = POST /api/v1/tenants/{t}/invoices without "pdf").
All companies, people, addresses, VAT ids, IBANs and endpoint ids are fictional;
e-mail addresses use the reserved .example top-level domain.
"""

import datetime as dt
import json
import os
import random
import xml.etree.ElementTree as ET
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261124
PERIOD_START = dt.date(2024, 12, 1)
PERIOD_END = dt.date(2026, 11, 20)
PAYMENT_TERM_DAYS = 30
EXEMPTION_REASON = {"nl": "Vrijgesteld van btw", "en": "Exempt from VAT"}
CREDIT_NOTES = 3          # per tenant, dated on PERIOD_END; the first for the demo customer C-1001
MAX_FILE_BYTES = 1_500_000

MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
}


# --------------------------------------------------------------------------- check digits

def iban(country, bban):
    """IBAN with ISO 13616 mod-97 check digits for the given country and BBAN."""
    digits = "".join(str(int(c, 36)) for c in (bban + country + "00").upper())
    check = 98 - int(digits) % 97
    return f"{country}{check:02d}{bban}"


def iban_valid(value):
    s = value[4:] + value[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def nl_vat_id(rng):
    """NL + 9 digits + B01; the 9 digits pass the classic weighted mod-11 test."""
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        check = sum(x * w for x, w in zip(d, range(9, 1, -1))) % 11
        if check < 10:
            return "NL" + "".join(map(str, d)) + str(check) + "B01"


def ie_vat_id(rng):
    """IE + 7 digits + check letter (weights 8..2, mod 23, 0 -> W)."""
    d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(6)]
    r = sum(x * w for x, w in zip(d, range(8, 1, -1))) % 23
    return "IE" + "".join(map(str, d)) + "WABCDEFGHIJKLMNOPQRSTUV"[r]


def gln(rng, prefix="539"):
    """13-digit GS1 Global Location Number with a valid GS1 mod-10 check digit."""
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(12 - len(prefix)))
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def gln_valid(value):
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(value[:12]))
    return len(value) == 13 and (10 - total % 10) % 10 == int(value[12])


def kvk(rng):
    return str(rng.randint(10_000_000, 99_999_999))


EIRCODE_CHARS = "0123456789ACDEFHKNPRTVWXY"


def eircode(rng, routing_key):
    return routing_key + " " + "".join(rng.choice(EIRCODE_CHARS) for _ in range(4))


def nl_postcode(rng, prefix):
    letters = "ABCDEGHJKLMNPRSTVWXZ"  # no F, I, O, Q, U, Y (as PostNL)
    return f"{prefix}{rng.randint(0, 99):02d} {rng.choice(letters)}{rng.choice(letters)}"


# --------------------------------------------------------------------------- formatting

def dec(value, places):
    q = Decimal(1).scaleb(-places)
    return str(Decimal(value).quantize(q, rounding=ROUND_HALF_UP))


def qty(value):
    """Decimal string without trailing zeros: 2, 1.5, 730."""
    d = Decimal(str(value)).normalize()
    s = format(d, "f")
    return s


def line(name, quantity, unit, price, vat):
    category, rate = vat
    return {"name": name, "quantity": quantity, "unitCode": unit, "unitPrice": price,
            "vatCategory": category, "vatRate": rate}


# --------------------------------------------------------------------------- tenants

TENANTS = [
    {
        "slug": "hollandse-energie",
        "name": "Hollandse Energie B.V.",
        "language": "nl",
        "languages": ["nl", "en"],
        "timeZone": "Europe/Amsterdam",
        "hostNames": ["hollandse-energie.localhost"],
        "seller": {
            "legalName": "Hollandse Energie B.V.",
            "address": {"street": "Energieweg 14", "postalCode": "3821 AE",
                        "city": "Amersfoort", "countryCode": "NL"},
            "vatId": None,       # generated
            "endpoint": {"scheme": "0106", "id": None},
            "iban": None,
            "contact": {"name": "Afdeling Debiteuren", "phone": "+31 33 200 4140",
                        "email": "debiteuren@hollandse-energie.example"},
        },
        "formats": ["pdf", "xml", "csv", "ubl", "facturx"],
        "bank": ("RABO", 10),
        "branding": {
            "displayName": "Hollandse Energie",
            "primaryColor": "#1b7340",
            "accentColor": "#0e5a35",
            "fontFamily": "humanist",
            "mailSenderName": "Hollandse Energie Facturen",
            "footer": {
                "nl": {"text": "Hollandse Energie B.V. · Energieweg 14, 3821 AE Amersfoort · KvK 68830021",
                       "links": [{"label": "Privacyverklaring", "url": "https://www.hollandse-energie.example/privacy"},
                                 {"label": "Klantenservice", "url": "mailto:debiteuren@hollandse-energie.example"}]},
                "en": {"text": "Hollandse Energie B.V. · Energieweg 14, 3821 AE Amersfoort, the Netherlands",
                       "links": [{"label": "Privacy statement", "url": "https://www.hollandse-energie.example/en/privacy"},
                                 {"label": "Customer service", "url": "mailto:debiteuren@hollandse-energie.example"}]},
            },
            "texts": {
                "nl": {"welcome": "Welkom bij {portalName}, {customerName}! Hier vindt u al uw energiefacturen.",
                       "newInvoice": "Beste {customerName}, uw energiefactuur {invoiceNumber} van {amount} staat klaar."
                                     " Graag betaald vóór {dueDate}.",
                       "loginIntro": "Log in op {portalName} voor uw facturen van stroom, gas en water."},
                "en": {"welcome": "Welcome to {portalName}, {customerName}! All your energy invoices in one place.",
                       "newInvoice": "Dear {customerName}, your energy invoice {invoiceNumber} of {amount} is ready."
                                     " Please pay by {dueDate}.",
                       "loginIntro": "Sign in to {portalName} for your electricity, gas and water invoices."},
            },
        },
        "logoColours": ("#1b7340", "#8cc63f"),
        # the sample partner site (tenants-sample/partner-site) embeds this portal
        "partner": {"embedOrigins": ["https://127.0.0.1:9443"],
                    "demoApiKey": "ipk_demo-hollandse-energie-partner-site"},
        "vat": {"standard": ("S", "21"), "reduced": ("S", "9")},
        "categories": ["Algemene doorbelastingen", "Energie", "Gas", "Water", "Huur",
                       "Onderhoud", "Servicekosten"],
        "email_locals": ["administratie", "facturen", "crediteuren", "boekhouding", "financien"],
        "country": "NL",
        # (companyName, login, city, postcode prefix, phone area, language, street)
        "customers": [
            ("Bakkerij De Korenschoof B.V.", "korenschoof", "Utrecht", "35", "30", "nl", "Dorpsstraat"),
            ("Van der Meulen Installatietechniek B.V.", "vandermeulen", "Amersfoort", "38", "33", "nl", "Industrieweg"),
            ("Tuincentrum De Groene Vlinder B.V.", "groenevlinder", "Zeist", "37", "30", "nl", "Kromme Rijnlaan"),
            ("Drukkerij Het Spijkerschrift B.V.", "spijkerschrift", "Hilversum", "12", "35", "nl", "Zuiderloswal"),
            ("Autobedrijf Kampstra B.V.", "kampstra", "Apeldoorn", "73", "55", "nl", "Ravenweg"),
            ("Zorgcentrum De Lindehof", "lindehof", "Ede", "67", "318", "nl", "Lindelaan"),
            ("Brouwerij De Dwarse Os B.V.", "dwarseos", "Deventer", "74", "570", "nl", "Brinkgreverweg"),
            ("Kinderopvang Het Klavertje B.V.", "klavertje", "Veenendaal", "39", "318", "nl", "Klaverveld"),
            ("Transportbedrijf Hoogeveen & Zn. B.V.", "hoogeveentransport", "Zwolle", "80", "38", "nl", "Havenkade"),
            ("Restaurant De Gouden Lepel B.V.", "goudenlepel", "Amsterdam", "10", "20", "nl", "Lepelstraat"),
            ("Fysiotherapie Rijnoever", "rijnoever", "Arnhem", "68", "26", "nl", "Rijnkade"),
            ("Sportschool De Sterke Arm B.V.", "sterkearm", "Nijmegen", "65", "24", "nl", "Molenweg"),
            ("Kaashandel Van Wijk B.V.", "kaashandelvanwijk", "Gouda", "28", "182", "nl", "Markt"),
            ("Architectenbureau Lijn & Vlak B.V.", "lijnenvlak", "Rotterdam", "30", "10", "nl", "Schiekade"),
            ("Fietsenmakerij De Snelle Spaak", "snellespaak", "Leiden", "23", "71", "nl", "Spaakstraat"),
            ("Bloemenhandel Tulpenhof B.V.", "tulpenhof", "Haarlem", "20", "23", "nl", "Tulpenlaan"),
            ("Dierenkliniek De Waakhond B.V.", "waakhond", "Amersfoort", "38", "33", "nl", "Hondsweg"),
            ("Brightwater Software Netherlands B.V.", "brightwater", "Amsterdam", "10", "20", "en", "Danzigerkade"),
            ("Harbourline Logistics Europe B.V.", "harbourline", "Rotterdam", "30", "10", "en", "Waalhaven Zuidzijde"),
            ("Meridian Biotech Labs B.V.", "meridianlabs", "Leiden", "23", "71", "en", "Bioscience Park"),
        ],
        # customers whose rent is VAT-exempt (they cannot deduct VAT, so no opted-in letting)
        "exempt_rent": {"lindehof", "klavertje", "rijnoever"},
        "email_pdf": {"kampstra", "dwarseos", "kaashandelvanwijk", "harbourline"},
        "not_activated": {"snellespaak", "waakhond", "meridianlabs"},
        "contacts": ["J. de Vries", "M. Jansen", "A. van den Berg", "P. Bakker", "S. Visser",
                     "L. Smit", "K. Meijer", "R. de Boer", "E. Mulder", "H. de Groot",
                     "T. Bos", "N. Vos", "W. Peters", "I. Hendriks", "F. van Leeuwen",
                     "G. Dekker", "B. Brouwer", "C. de Wit", "D. Dijkstra", "Y. Smits"],
    },
    {
        "slug": "northwind-facilities",
        "name": "Northwind Facilities Ltd",
        "language": "en",
        "languages": ["en", "nl"],
        "timeZone": "Europe/Dublin",
        "hostNames": ["northwind.localhost"],
        "seller": {
            "legalName": "Northwind Facilities Ltd",
            "address": {"street": "Northwind House, 22 Baggot Lane", "postalCode": "D04 XW62",
                        "city": "Dublin 4", "countryCode": "IE"},
            "vatId": None,
            "endpoint": {"scheme": "0088", "id": None},
            "iban": None,
            "contact": {"name": "Accounts Receivable", "phone": "+353 1 555 0142",
                        "email": "receivables@northwind-facilities.example"},
        },
        "formats": ["pdf", "xml", "csv", "ubl", "xrechnung"],
        "bank": ("AIBK", 14),  # 6-digit sort code + 8-digit account
        "branding": {
            "displayName": "Northwind Facilities",
            "primaryColor": "#0b4f8a",
            "accentColor": "#3b2f63",
            "fontFamily": "transitional",
            "mailSenderName": "Northwind Accounts",
            "footer": {
                "en": {"text": "Northwind Facilities Ltd · Registered in Ireland · Dublin",
                       "links": [{"label": "Privacy notice", "url": "https://www.northwind-facilities.example/privacy"},
                                 {"label": "Terms of service", "url": "https://www.northwind-facilities.example/terms"},
                                 {"label": "Accounts team", "url": "mailto:receivables@northwind-facilities.example"}]},
                "nl": {"text": "Northwind Facilities Ltd · ingeschreven in Ierland · Dublin",
                       "links": [{"label": "Privacyverklaring", "url": "https://www.northwind-facilities.example/nl/privacy"},
                                 {"label": "Voorwaarden", "url": "https://www.northwind-facilities.example/nl/terms"},
                                 {"label": "Debiteurenteam", "url": "mailto:receivables@northwind-facilities.example"}]},
            },
            "texts": {
                "en": {"welcome": "Hello {customerName}, your Northwind account on {portalName} is ready.",
                       "newInvoice": "Hello {customerName}, facilities invoice {invoiceNumber} for {amount} has been"
                                     " issued and is due on {dueDate}.",
                       "loginIntro": "Northwind customers: sign in to {portalName} to see and download your invoices."},
                "nl": {"welcome": "Hallo {customerName}, uw Northwind-account op {portalName} staat klaar.",
                       "newInvoice": "Hallo {customerName}, factuur {invoiceNumber} voor facilitaire diensten van"
                                     " {amount} is verstuurd en vervalt op {dueDate}.",
                       "loginIntro": "Klanten van Northwind: log in op {portalName} om uw facturen te bekijken."},
            },
        },
        "logoColours": ("#0b4f8a", "#4fa3e0"),
        "vat": {"standard": ("S", "23"), "reduced": ("S", "13.5")},
        "categories": ["General recharges", "Energy", "Rent", "Maintenance", "Cleaning", "Security"],
        "email_locals": ["accounts", "finance", "invoices", "ap", "accountspayable"],
        "country": "IE",
        # (companyName, login, city, eircode routing key, phone area, language, street)
        "customers": [
            ("Liffey Quay Hotels Ltd", "liffeyquay", "Dublin 1", "D01", "1", "en", "Custom House Quay"),
            ("Brennan & Daly Solicitors LLP", "brennandaly", "Dublin 2", "D02", "1", "en", "Fitzwilliam Street Lower"),
            ("Clontarf Dental Practice Ltd", "clontarfdental", "Dublin 3", "D03", "1", "en", "Vernon Avenue"),
            ("Harcourt Print Works Ltd", "harcourtprint", "Dublin 2", "D02", "1", "en", "Harcourt Road"),
            ("Glasnevin Motor Services Ltd", "glasnevinmotors", "Dublin 11", "D11", "1", "en", "Ballygall Road"),
            ("St Brigid's Nursing Home Ltd", "stbrigids", "Dublin 14", "D14", "1", "en", "Churchtown Road"),
            ("Blackrock Bakehouse Ltd", "blackrockbakehouse", "Blackrock", "A94", "1", "en", "Main Street"),
            ("Oakfield Veterinary Clinic Ltd", "oakfieldvets", "Cork", "T12", "21", "en", "Douglas Road"),
            ("Corrib Software Solutions Ltd", "corribsoftware", "Galway", "H91", "91", "en", "Dock Road"),
            ("Shannonside Logistics Ltd", "shannonside", "Limerick", "V94", "61", "en", "Dock Road"),
            ("The Copper Kettle Café Ltd", "copperkettle", "Dublin 8", "D08", "1", "en", "Thomas Street"),
            ("Wicklow Way Outdoor Ltd", "wicklowway", "Wicklow", "A67", "404", "en", "Abbey Street"),
            ("Ardmore Architects Ltd", "ardmorearchitects", "Cork", "T12", "21", "en", "South Mall"),
            ("Fitzwilliam Fitness Ltd", "fitzwilliamfitness", "Dublin 2", "D02", "1", "en", "Baggot Street Upper"),
            ("Kilkenny Crafts Collective Ltd", "kilkennycrafts", "Kilkenny", "R95", "56", "en", "Parliament Street"),
            ("Greenway Pharmacy Ltd", "greenwaypharmacy", "Dublin 6", "D06", "1", "en", "Rathmines Road Lower"),
            ("Beacon Childcare Ltd", "beaconchildcare", "Dublin 18", "D18", "1", "en", "Sandyford Road"),
            ("Van Leeuwen Horticulture Ireland Ltd", "vanleeuwen", "Dublin 15", "D15", "1", "nl", "Snugborough Road"),
            ("Dijkstra Dairy Solutions Ireland Ltd", "dijkstradairy", "Cork", "T12", "21", "nl", "Kinsale Road"),
            ("Oranje Data Centres Ireland Ltd", "oranjedata", "Dublin 24", "D24", "1", "nl", "Citywest Avenue"),
        ],
        "exempt_rent": {"stbrigids", "clontarfdental", "beaconchildcare", "greenwaypharmacy"},
        "email_pdf": {"brennandaly", "shannonside", "ardmorearchitects", "dijkstradairy"},
        "not_activated": {"kilkennycrafts", "beaconchildcare", "oranjedata"},
        "contacts": ["Siobhán Murphy", "Conor Kelly", "Aoife Byrne", "Patrick O'Brien",
                     "Niamh Walsh", "Declan Ryan", "Róisín O'Sullivan", "Ciarán Doyle",
                     "Sarah McCarthy", "Eoin Gallagher", "Gráinne Kennedy", "Liam Lynch",
                     "Orla Murray", "Seán Quinn", "Emma Brennan", "Darragh Fitzgerald",
                     "Clodagh Nolan", "Tomás Duffy", "Pieter de Jong", "Marieke Smit"],
    },
]

# Invoice counts per customer, in customer order (C-1001 is the big one). Sum = 1000.
COUNTS = {
    "hollandse-energie": [150, 96, 82, 74, 66, 58, 52, 47, 43, 39, 36, 33, 30, 28, 26, 24, 23, 22, 21, 50],
    "northwind-facilities": [152, 44, 88, 36, 70, 63, 31, 57, 49, 25, 40, 21, 34, 78, 22, 29, 38, 23, 56, 44],
}


# --------------------------------------------------------------------------- invoice content

def period_label(lang, day, months_back=1):
    m = (day.month - 1 - months_back) % 12
    y = day.year + (day.month - 1 - months_back) // 12
    return f"{MONTHS[lang][m]} {y}"


def tr(lang, nl, en):
    return nl if lang == "nl" else en


def lines_for(tenant, cat, lang, rng, ctx):
    """Lines for one invoice of category `cat`; texts in the customer's language."""
    std = tenant["vat"]["standard"]
    red = tenant["vat"]["reduced"]
    zero = ("Z", "0")
    exempt = ("E", "0")
    ie = tenant["country"] == "IE"
    out = []
    if cat in ("Energie", "Energy"):
        vat = red if ie else std
        scale = ctx["size"]
        day = rng.randint(300, 4500) * scale
        out.append(line(tr(lang, "Levering elektriciteit normaaltarief", "Electricity supply, day rate"),
                        qty(day), "KWH", dec(rng.uniform(0.21, 0.31), 4), vat))
        if rng.random() < 0.8:
            out.append(line(tr(lang, "Levering elektriciteit daltarief", "Electricity supply, night rate"),
                            qty(rng.randint(100, 2500) * scale), "KWH", dec(rng.uniform(0.15, 0.22), 4), vat))
        out.append(line(tr(lang, "Vastrecht elektriciteit", "Standing charge"), "1", "MON",
                        dec(rng.choice([6.95, 7.45, 8.25, 12.50]), 4), vat))
        if rng.random() < 0.6:
            out.append(line(tr(lang, "Netbeheerkosten", "Network charges") if not ie else
                            tr(lang, "PSO-heffing", "PSO levy"), "1", "MON",
                            dec(rng.uniform(18, 65), 2), vat))
        return out
    if cat == "Gas":
        m3 = rng.randint(40, 2400) * ctx["size"]
        out.append(line(tr(lang, "Levering aardgas", "Natural gas supply"), qty(m3), "MTQ",
                        dec(rng.uniform(1.18, 1.62), 4), std))
        out.append(line(tr(lang, "Vastrecht gas", "Gas standing charge"), "1", "MON",
                        dec(rng.choice([5.95, 6.45, 7.10]), 4), std))
        if rng.random() < 0.5:
            out.append(line(tr(lang, "Capaciteitstarief gasaansluiting", "Gas connection capacity charge"),
                            "1", "MON", dec(rng.uniform(14, 40), 2), std))
        return out
    if cat == "Water":
        out.append(line(tr(lang, "Levering drinkwater", "Drinking water supply"),
                        qty(rng.randint(4, 260) * ctx["size"]), "MTQ", dec(rng.uniform(1.02, 1.21), 4), red))
        out.append(line(tr(lang, "Vastrecht water", "Water standing charge"), "1", "MON",
                        dec(rng.choice([4.35, 5.10, 6.80]), 2), red))
        if rng.random() < 0.3:
            out.append(line(tr(lang, "Doorbelasting rioolheffing", "Recharge of sewerage levy"), "1", "C62",
                            dec(rng.uniform(15, 90), 2), zero))
        return out
    if cat in ("Huur", "Rent"):
        vat = exempt if ctx["exempt_rent"] else std
        out.append(line(tr(lang, f"Huur bedrijfsruimte {ctx['unit']}", f"Rent of premises, {ctx['unit']}"),
                        "1", "MON", ctx["rent"], vat))
        if ctx["parking"]:
            out.append(line(tr(lang, "Huur parkeerplaats", "Car parking space"), str(ctx["parking"]), "MON",
                            dec(ctx["parking_price"], 2), std))
        if rng.random() < 0.25:
            out.append(line(tr(lang, "Huur opslagruimte", "Storage unit rent"), "1", "MON",
                            dec(rng.choice([95, 140, 185]), 2), vat))
        return out
    if cat in ("Onderhoud", "Maintenance"):
        labour_vat = red if ie else std
        hours = rng.randint(2, 16) / 2
        out.append(line(tr(lang, "Arbeidsloon monteur", "Engineer labour"), qty(hours), "HUR",
                        dec(rng.choice([62.50, 68.50, 72.00, 78.50]), 2), labour_vat))
        if rng.random() < 0.6:
            out.append(line(tr(lang, "Voorrijkosten", "Call-out charge"), "1", "C62",
                            dec(rng.choice([39.50, 45.00, 55.00]), 2), labour_vat))
        parts = [("Filterset luchtbehandeling", "Air handling filter set"),
                 ("Thermostaatkraan", "Thermostatic radiator valve"),
                 ("LED-armatuur", "LED light fitting"),
                 ("Pompunit cv-installatie", "Heating circulation pump"),
                 ("Deurdranger", "Door closer"),
                 ("Rookmelder", "Smoke detector"),
                 ("Kogelkraan 22 mm", "Ball valve 22 mm")]
        for nl_name, en_name in rng.sample(parts, rng.randint(0, 3)):
            out.append(line(tr(lang, f"Materiaal: {nl_name}", f"Parts: {en_name}"),
                            str(rng.randint(1, 6)), "C62", dec(rng.uniform(4.5, 380), 2), std))
        return out
    if cat == "Servicekosten":
        out.append(line(tr(lang, "Voorschot servicekosten", "Advance service charges"), "1", "MON",
                        dec(ctx["service"], 2), std))
        extras = [(("Schoonmaak gemeenschappelijke ruimten", "Cleaning of common areas"), "MON", 60, 240),
                  (("Receptie en beveiliging", "Reception and security"), "MON", 80, 320),
                  (("Onderhoud liften", "Lift maintenance"), "MON", 35, 120)]
        for (nl_name, en_name), unit, lo, hi in rng.sample(extras, rng.randint(0, 2)):
            out.append(line(tr(lang, nl_name, en_name), "1", unit, dec(rng.uniform(lo, hi), 2), std))
        if rng.random() < 0.3:
            out.append(line(tr(lang, "Legen afvalcontainer", "Waste container collection"),
                            str(rng.randint(1, 8)), "C62", dec(rng.choice([18.50, 24.75, 31.00]), 2), std))
        return out
    if cat == "Cleaning":
        out.append(line(tr(lang, "Kantoorschoonmaak", "Office cleaning"), qty(rng.randint(8, 120) / 2),
                        "HUR", dec(rng.choice([23.50, 24.75, 26.00]), 2), red))
        if rng.random() < 0.4:
            out.append(line(tr(lang, "Glasbewassing", "Window cleaning"), "1", "C62",
                            dec(rng.uniform(85, 420), 2), red))
        if rng.random() < 0.5:
            out.append(line(tr(lang, "Sanitaire verbruiksartikelen", "Washroom consumables"),
                            str(rng.randint(1, 12)), "C62", dec(rng.uniform(6.5, 29.9), 2), std))
        return out
    if cat == "Security":
        out.append(line(tr(lang, "Beveiliging op locatie", "Manned security guarding"),
                        qty(rng.randint(8, 200)), "HUR", dec(rng.choice([27.50, 28.75, 31.40]), 2), std))
        if rng.random() < 0.6:
            out.append(line(tr(lang, "Alarmopvolging en meldkamer", "Alarm monitoring"), "1", "MON",
                            dec(rng.choice([49.00, 65.00, 89.00]), 2), std))
        if rng.random() < 0.3:
            out.append(line(tr(lang, "Sleutelbeheer", "Key holding service"), "1", "MON",
                            dec(rng.choice([25.00, 35.00]), 2), std))
        return out
    # Algemene doorbelastingen / General recharges
    options = [
        (("Doorbelasting opstalverzekering", "Recharge of buildings insurance"), "C62", 45, 640, exempt),
        (("Doorbelasting onroerendezaakbelasting", "Recharge of commercial rates"), "C62", 120, 1800, zero),
        (("Doorbelasting afvalverwerking", "Recharge of waste collection"), "C62", 30, 260, std),
        (("Doorbelasting terreinonderhoud", "Recharge of grounds maintenance"), "C62", 40, 380, std),
        (("Doorbelasting beveiligingsdienst", "Recharge of security patrols"), "C62", 60, 450, std),
        (("Administratiekosten", "Administration fee"), "C62", 12.5, 35, std),
    ]
    for (nl_name, en_name), unit, lo, hi, vat in rng.sample(options, rng.randint(1, 4)):
        out.append(line(tr(lang, nl_name, en_name), "1", unit, dec(rng.uniform(lo, hi), 2), vat))
    if rng.random() < 0.2:
        out.append(line(tr(lang, "Kopie-archief facturen", "Copy invoice archive"), "1", "C62", "15.00", std))
    return out[:5]


def description_for(cat, lang, day, ctx, rng):
    p = period_label(lang, day)
    cur = period_label(lang, day, 0)
    wo = f"{rng.randint(10000, 99999)}"
    texts = {
        "Energie": (f"Levering elektriciteit {p}", f"Electricity supply {p}"),
        "Energy": (f"Levering elektriciteit {p}", f"Electricity supply {p}"),
        "Gas": (f"Levering aardgas {p}", f"Natural gas supply {p}"),
        "Water": (f"Levering drinkwater {p}", f"Drinking water supply {p}"),
        "Huur": (f"Huur {ctx['unit']} {cur}", f"Rent of {ctx['unit']}, {cur}"),
        "Rent": (f"Huur {ctx['unit']} {cur}", f"Rent of {ctx['unit']}, {cur}"),
        "Onderhoud": (f"Onderhoud en reparatie volgens werkbon WB-{wo}", f"Maintenance and repairs, work order WO-{wo}"),
        "Maintenance": (f"Onderhoud en reparatie volgens werkbon WB-{wo}", f"Maintenance and repairs, work order WO-{wo}"),
        "Servicekosten": (f"Servicekosten {cur}", f"Service charges {cur}"),
        "Cleaning": (f"Schoonmaakwerkzaamheden {p}", f"Cleaning services {p}"),
        "Security": (f"Beveiligingsdiensten {p}", f"Security services {p}"),
        "Algemene doorbelastingen": (f"Doorbelasting algemene kosten {p}", f"Recharge of general costs {p}"),
        "General recharges": (f"Doorbelasting algemene kosten {p}", f"Recharge of general costs {p}"),
    }
    nl, en = texts[cat]
    return tr(lang, nl, en)


# --------------------------------------------------------------------------- builders

def build_seller(t, rng):
    s = json.loads(json.dumps(t["seller"]))
    bank, n = t["bank"]
    if t["country"] == "NL":
        s["vatId"] = nl_vat_id(rng)
        s["endpoint"]["id"] = kvk(rng)
        s["iban"] = iban("NL", bank + "0" + "".join(str(rng.randint(0, 9)) for _ in range(n - 1)))
    else:
        s["vatId"] = ie_vat_id(rng)
        s["endpoint"]["id"] = gln(rng)
        s["iban"] = iban("IE", bank + "93" + "".join(str(rng.randint(0, 9)) for _ in range(n - 2)))
    return s


def build_customers(t, rng):
    customers = []
    for i, (name, login, city, pc, area, lang, street) in enumerate(t["customers"]):
        number = f"C-{1001 + i}"
        local = t["email_locals"][i % len(t["email_locals"])]
        if t["country"] == "NL":
            address = {"street": f"{street} {rng.randint(1, 180)}", "postalCode": nl_postcode(rng, pc),
                       "city": city, "countryCode": "NL"}
            digits = 9 - len(area)
            local_no = str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(digits - 1))
            phone = f"+31 {area} {local_no[:3]} {local_no[3:]}"
            vat_id = nl_vat_id(rng)
            endpoint = {"scheme": "0106", "id": kvk(rng)}
        else:
            address = {"street": f"{rng.randint(1, 120)} {street}", "postalCode": eircode(rng, pc),
                       "city": city, "countryCode": "IE"}
            phone = f"+353 {area} {rng.randint(200, 999)} {rng.randint(1000, 9999)}"
            vat_id = ie_vat_id(rng)
            endpoint = {"scheme": "0088", "id": gln(rng)}
        customers.append({
            "customerNumber": number,
            "companyName": name,
            "email": f"{local}@{login}.example",
            "login": login,
            "language": lang,
            "deliveryChannel": "email-pdf" if login in t["email_pdf"] else "email",
            "contact": {"name": t["contacts"][i], "phone": phone},
            "address": address,
            "vatId": vat_id,
            "endpoint": endpoint,
            "demoActivated": login not in t["not_activated"],
        })
    return customers


def business_days():
    days, d = [], PERIOD_START
    while d <= PERIOD_END:
        if d.weekday() < 5:
            days.append(d)
        d += dt.timedelta(days=1)
    return days


def build_invoices(t, seller, customers, rng):
    days = business_days()
    cats = t["categories"]
    drafts = []
    for idx, (cust, count) in enumerate(zip(customers, COUNTS[t["slug"]])):
        login = cust["login"]
        # every customer gets a subset of the categories with its own weights
        k = len(cats) if idx == 0 else rng.randint(3, len(cats))
        mine = sorted(rng.sample(cats, k), key=cats.index)
        weights = [rng.randint(1, 6) for _ in mine]
        ctx = {
            "size": 4 if idx == 0 else rng.choice([1, 1, 1, 2, 3]),
            "exempt_rent": login in t["exempt_rent"],
            "unit": (f"{tr(cust['language'], 'unit', 'Unit')} {rng.randint(1, 40)}" if t["country"] == "NL"
                     else f"{tr(cust['language'], 'suite', 'Suite')} {rng.randint(1, 12)}{rng.choice('ABC')}"),
            "rent": dec(rng.randrange(850, 6500, 25), 2),
            "parking": rng.choice([0, 0, 1, 2, 4]),
            "parking_price": rng.choice([65, 75, 95, 120]),
            "service": rng.randrange(120, 900, 5),
            # the customer's standing reference (a cost centre) for invoices without a purchase order
            "reference": f"{tr(cust['language'], 'KP', 'CC')}-{4100 + 7 * idx}",
        }
        for _ in range(count):
            day = rng.choice(days)
            cat = rng.choices(mine, weights)[0]
            drafts.append((day, cust["customerNumber"], cat, cust["language"], ctx, rng.getrandbits(64)))
    drafts.sort(key=lambda d: (d[0], d[1], d[2], d[5]))

    invoices, seq = [], {}
    for day, number, cat, lang, ctx, seed in drafts:
        r = random.Random(seed)  # per-invoice stream: content does not shift when the order does
        seq[day.year] = seq.get(day.year, 0) + 1
        inv_no = f"{day.year}-{seq[day.year]:06d}"
        lines = lines_for(t, cat, lang, r, ctx)
        inv = {
            "invoiceNumber": inv_no,
            "customerNumber": number,
            "issueDate": day.isoformat(),
            "dueDate": (day + dt.timedelta(days=PAYMENT_TERM_DAYS)).isoformat(),
            "category": cat,
            "currency": "EUR",
        }
        if r.random() < 0.5:
            inv["buyerReference"] = f"PO-{r.randint(1000, 9999)}"
        else:
            inv["buyerReference"] = ctx["reference"]  # Peppol and XRechnung need BT-10 (or an order reference)
        inv["description"] = description_for(cat, lang, day, ctx, r)
        inv["lines"] = [{"id": str(n + 1), **ln} for n, ln in enumerate(lines)]
        inv["payment"] = {"meansCode": "30", "iban": seller["iban"], "reference": inv_no}
        if any(ln["vatCategory"] == "E" for ln in lines):
            inv["vatExemptions"] = [{"vatCategory": "E", "reason": EXEMPTION_REASON[lang]}]  # EN 16931 BR-E-10
        adjust(t, inv, lang, len(invoices))
        invoices.append(inv)
    return invoices + credit_notes(t, invoices, customers)


def adjust(t, inv, lang, index):
    """Every 40th invoice with standard-rate lines gets a 2 % loyalty allowance, every 55th (offset 20) an
    administration charge; both on the standard rate, so they fall in an existing VAT breakdown row."""
    category, rate = t["vat"]["standard"]
    base = sum(Decimal(ln["quantity"]) * Decimal(ln["unitPrice"]) for ln in inv["lines"]
               if (ln["vatCategory"], ln["vatRate"]) == (category, rate))
    if base <= 0:
        return
    if index % 40 == 7:
        amount = dec(base * Decimal("0.02"), 2)
        if Decimal(amount) > 0:
            inv["allowances"] = [{"amount": amount, "reason": tr(lang, "Vaste-klantkorting 2%", "Loyalty discount 2%"),
                                  "reasonCode": "95", "vatCategory": category, "vatRate": rate}]
    elif index % 55 == 20:
        inv["charges"] = [{"amount": "7.50", "reason": tr(lang, "Administratiekosten", "Administration fee"),
                           "vatCategory": category, "vatRate": rate}]


def credit_notes(t, invoices, customers):
    """CREDIT_NOTES credit notes on PERIOD_END, numbered {year}-C00001…: each credits the first line of
    the customer's latest invoice with more than one line (the demo customer C-1001 first)."""
    notes = []
    for n, customer in enumerate(customers[:CREDIT_NOTES]):
        lang = customer["language"]
        original = [i for i in invoices if i["customerNumber"] == customer["customerNumber"] and len(i["lines"]) > 1][-1]
        first = original["lines"][0]
        note = {
            "invoiceNumber": f"{PERIOD_END.year}-C{n + 1:05d}",
            "customerNumber": customer["customerNumber"],
            "issueDate": PERIOD_END.isoformat(),
            "dueDate": (PERIOD_END + dt.timedelta(days=PAYMENT_TERM_DAYS)).isoformat(),
            "category": original["category"],
            "currency": "EUR",
            "buyerReference": original["buyerReference"],
            "description": tr(lang, f"Creditnota op factuur {original['invoiceNumber']}",
                              f"Credit note for invoice {original['invoiceNumber']}"),
            "lines": [{**first, "id": "1"}],
            "payment": {**original["payment"], "reference": f"{PERIOD_END.year}-C{n + 1:05d}"},
            "documentType": "credit-note",
            "precedingInvoice": {"number": original["invoiceNumber"], "issueDate": original["issueDate"]},
            "paymentTerms": tr(lang, "Wordt verrekend met de volgende factuur", "Offset against the next invoice"),
            "note": tr(lang, "Onjuist gefactureerd; de regel wordt volledig gecrediteerd.",
                       "Invoiced in error; the line is credited in full."),
        }
        if first["vatCategory"] == "E":
            note["vatExemptions"] = [{"vatCategory": "E", "reason": EXEMPTION_REASON[lang]}]
        notes.append(note)
    return notes


# --------------------------------------------------------------------------- writers

def yq(s):
    return json.dumps(s, ensure_ascii=False)  # a JSON string is a valid YAML double-quoted scalar


def yaml_lines(value, indent):
    """Block YAML of nested dicts, lists of dicts and strings (strings as JSON, which YAML reads)."""
    lines = []
    for key, v in value.items():
        if isinstance(v, dict):
            lines.append(f"{indent}{key}:")
            lines.extend(yaml_lines(v, indent + "  "))
        elif isinstance(v, list):
            lines.append(f"{indent}{key}:")
            for item in v:
                first, *rest = yaml_lines(item, indent + "    ")
                lines.append(f"{indent}  - {first.strip()}")
                lines.extend(rest)
        else:
            lines.append(f"{indent}{key}: {yq(v)}")
    return lines


def tenant_yml(t, seller):
    a, e = seller["address"], seller["endpoint"]
    return "\n".join([
        f"# Sample tenant, generated by tenants-sample/generate.py - do not edit by hand.",
        f"slug: {t['slug']}",
        f"name: {yq(t['name'])}",
        f"language: {t['language']}",
        f"languages: [{', '.join(t['languages'])}]",
        f"timeZone: {t['timeZone']}",
        f"hostNames: [{', '.join(t['hostNames'])}]",
        "seller:",
        f"  legalName: {yq(seller['legalName'])}",
        "  address:",
        f"    street: {yq(a['street'])}",
        f"    postalCode: {yq(a['postalCode'])}",
        f"    city: {yq(a['city'])}",
        f"    countryCode: {a['countryCode']}",
        f"  vatId: {yq(seller['vatId'])}",
        "  endpoint:",
        f"    scheme: {yq(e['scheme'])}",
        f"    id: {yq(e['id'])}",
        f"  iban: {yq(seller['iban'])}",
        "  contact:",
        f"    name: {yq(seller['contact']['name'])}",
        f"    phone: {yq(seller['contact']['phone'])}",
        f"    email: {yq(seller['contact']['email'])}",
        "branding:",
        *yaml_lines(t["branding"], "  "),
        f"enabledFormats: [{', '.join(t['formats'])}]",
        "enabledChannels: [email, email-pdf]",
    ] + partner_yml(t.get("partner")) + [""])


def partner_yml(partner):
    """The sample partner site's origin, and the issuer API key it uses (sample data only)."""
    if not partner:
        return []
    return [f"embedOrigins: [{', '.join(partner['embedOrigins'])}]",
            f"demoApiKey: {yq(partner['demoApiKey'])}"]


def logo_svg(t, mark_only=False):
    p, a = t["logoColours"]
    if t["slug"] == "hollandse-energie":
        mark = (f'  <circle cx="30" cy="30" r="24" fill="{p}"/>\n'
                f'  <path d="M30 12 C42 18 44 34 30 48 C16 34 18 18 30 12 Z" fill="{a}"/>\n'
                f'  <path d="M32 20 L25 32 L30 32 L27 42 L35 28 L30 28 Z" fill="#ffffff"/>\n')
        words = ("Hollandse", "Energie B.V.")
    else:
        mark = (f'  <rect x="6" y="6" width="48" height="48" rx="10" fill="{p}"/>\n'
                f'  <path d="M14 24 Q30 16 46 24" fill="none" stroke="{a}" stroke-width="4" stroke-linecap="round"/>\n'
                f'  <path d="M14 33 Q30 25 46 33" fill="none" stroke="#ffffff" stroke-width="4" stroke-linecap="round"/>\n'
                f'  <path d="M14 42 Q30 34 40 40" fill="none" stroke="{a}" stroke-width="4" stroke-linecap="round"/>\n')
        words = ("Northwind", "Facilities Ltd")
    if mark_only:
        return ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="4 4 52 52" width="32" height="32">\n'
                + mark + '</svg>\n')
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 60" width="200" height="60"'
        f' role="img" aria-label="{t["name"]}">\n'
        f'  <title>{t["name"]}</title>\n'
        + mark +
        f'  <text x="64" y="29" font-family="Helvetica, Arial, sans-serif" font-size="21"'
        f' font-weight="700" fill="{p}">{words[0]}</text>\n'
        f'  <text x="64" y="47" font-family="Helvetica, Arial, sans-serif" font-size="13"'
        f' fill="{p}" letter-spacing="0.5">{words[1]}</text>\n'
        '</svg>\n'
    )


def json_pretty(value):
    return json.dumps(value, ensure_ascii=False, indent=1) + "\n"


def json_per_record(records):
    rows = [json.dumps(r, ensure_ascii=False, separators=(", ", ": ")) for r in records]
    return "[\n" + ",\n".join(rows) + "\n]\n"


def write(path, text):
    data = text.encode("utf-8")
    assert len(data) < MAX_FILE_BYTES, f"{path} is {len(data)} bytes"
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
    return len(data)


# --------------------------------------------------------------------------- validation

def validate(t, seller, customers, invoices):
    assert iban_valid(seller["iban"]), seller["iban"]
    for inv in invoices:
        assert iban_valid(inv["payment"]["iban"])
    numbers = [c["customerNumber"] for c in customers]
    logins = [c["login"] for c in customers]
    emails = [c["email"] for c in customers]
    assert len(set(numbers)) == len(numbers), "duplicate customer numbers"
    assert len(set(logins)) == len(logins), "duplicate logins"
    assert len(set(emails)) == len(emails), "duplicate e-mails"
    assert all(l == l.lower() for l in logins)
    assert all(e.endswith(".example") for e in emails)
    assert sum(not c["demoActivated"] for c in customers) == 3
    other = [c for c in customers if c["language"] != t["language"]]
    assert 2 <= len(other) <= 3
    for c in customers:
        if c["endpoint"]["scheme"] == "0088":
            assert gln_valid(c["endpoint"]["id"])
        else:
            assert len(c["endpoint"]["id"]) == 8
    inv_numbers = [i["invoiceNumber"] for i in invoices]
    assert len(set(inv_numbers)) == len(inv_numbers), "duplicate invoice numbers"
    assert sum(i.get("documentType") == "credit-note" for i in invoices) == CREDIT_NOTES
    assert any("allowances" in i for i in invoices) and any("charges" in i for i in invoices)
    assert any(i["customerNumber"] == "C-1001" and i.get("documentType") == "credit-note" for i in invoices)
    known = set(numbers)
    for inv in invoices:
        assert inv["customerNumber"] in known, inv["invoiceNumber"]
        issue = dt.date.fromisoformat(inv["issueDate"])
        assert PERIOD_START <= issue <= PERIOD_END
        assert inv["invoiceNumber"].startswith(f"{issue.year}-")
        assert dt.date.fromisoformat(inv["dueDate"]) == issue + dt.timedelta(days=PAYMENT_TERM_DAYS)
        assert 1 <= len(inv["lines"]) <= 5, inv["invoiceNumber"]
        assert inv["buyerReference"], inv["invoiceNumber"]
        if inv.get("documentType") == "credit-note":
            assert inv["precedingInvoice"]["number"] in inv_numbers, inv["invoiceNumber"]
        for adjustment in inv.get("allowances", []) + inv.get("charges", []):
            assert (adjustment["vatCategory"], adjustment["vatRate"]) in {(l["vatCategory"], l["vatRate"]) for l in inv["lines"]}
        for n, ln in enumerate(inv["lines"]):
            assert ln["id"] == str(n + 1)
            assert ln["vatCategory"] in ("S", "Z", "E")
            assert isinstance(ln["vatRate"], str)
            assert ln["vatCategory"] == "S" or ln["vatRate"] == "0"
            Decimal(ln["quantity"]), Decimal(ln["unitPrice"])
            assert 2 <= len(ln["unitPrice"].split(".")[1]) <= 4
        assert inv["payment"]["reference"] == inv["invoiceNumber"]
        exempt = any(ln["vatCategory"] == "E" for ln in inv["lines"])
        assert exempt == ("vatExemptions" in inv), inv["invoiceNumber"]
        assert "pdf" not in inv


def main():
    for index, t in enumerate(TENANTS):
        rng = random.Random(SEED + index)
        seller = build_seller(t, rng)
        customers = build_customers(t, rng)
        invoices = build_invoices(t, seller, customers, rng)
        validate(t, seller, customers, invoices)
        svg = logo_svg(t)
        ET.fromstring(svg.split("?>", 1)[1])  # well-formed XML
        base = os.path.join(HERE, t["slug"])
        sizes = {
            "tenant.yml": write(os.path.join(base, "tenant.yml"), tenant_yml(t, seller)),
            "logo.svg": write(os.path.join(base, "logo.svg"), svg),
            "favicon.svg": write(os.path.join(base, "favicon.svg"), logo_svg(t, mark_only=True)),
            "customers.json": write(os.path.join(base, "customers.json"), json_pretty(customers)),
            "invoices.json": write(os.path.join(base, "invoices.json"), json_per_record(invoices)),
        }
        print(f"{t['slug']}: {len(customers)} customers, {len(invoices)} invoices, "
              + ", ".join(f"{k} {v} B" for k, v in sizes.items()))


if __name__ == "__main__":
    main()
