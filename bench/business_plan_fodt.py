# bench/business_plan_fodt.py — business plans as LibreOffice documents (flat ODT), for
# bench/run-print-benchmark --business-plans: the same content as Fotfeste's printed
# business plan, from the JSON "ff-bench-print --business-plans --dump" writes: A4 on its
# side, the plan's fields, its sections, the checklist, start-up costs and financing with
# their totals, the budget in two tables of six months with the year's totals, and the
# milestones.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import html
import os

STATES = {"not-started": "Ikke startet", "in-progress": "Pågår", "done": "Ferdig",
          "not-relevant": "Ikke aktuelt"}

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
  xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
  xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
  office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:font-face-decls>
  <style:font-face style:name="Sans" svg:font-family="'DejaVu Sans'"
    style:font-family-generic="swiss"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.08cm"/>
   <style:text-properties style:font-name="Sans" fo:font-size="9.5pt" fo:language="nb"
     fo:country="NO"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph"/>
  <style:style style:name="Small" style:family="paragraph">
   <style:text-properties fo:font-size="8pt" fo:color="#555555"/>
  </style:style>
  <style:style style:name="Title" style:family="paragraph">
   <style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.2cm"/>
   <style:text-properties fo:font-size="17pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Heading" style:family="paragraph">
   <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.1cm"
     fo:keep-with-next="always"/>
   <style:text-properties fo:font-size="11pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Cell" style:family="paragraph">
   <style:paragraph-properties fo:margin-bottom="0cm"/>
   <style:text-properties fo:font-size="8.5pt"/>
  </style:style>
  <style:style style:name="Number" style:family="paragraph" style:parent-style-name="Cell">
   <style:paragraph-properties fo:text-align="end"/>
  </style:style>
  <style:style style:name="CellHead" style:family="paragraph" style:parent-style-name="Cell">
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Strong" style:family="text">
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="A4">
   <style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm"
     style:print-orientation="landscape" fo:margin-top="1.5cm" fo:margin-bottom="1.2cm"
     fo:margin-left="2cm" fo:margin-right="2cm"/>
  </style:page-layout>
  <style:style style:name="Wide" style:family="table">
   <style:table-properties style:width="25.7cm" table:align="left" fo:margin-top="0.1cm"
     fo:keep-with-next="always"/>
  </style:style>
{columns}  <style:style style:name="Box" style:family="table-cell">
   <style:table-cell-properties fo:padding="0.06cm" fo:border-bottom="0.5pt solid #808080"/>
  </style:style>
  <style:style style:name="HeadBox" style:family="table-cell">
   <style:table-cell-properties fo:padding="0.06cm" fo:border-bottom="0.5pt solid #808080"
     fo:background-color="#e8e8e8"/>
  </style:style>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="A4">
   <style:header><text:p text:style-name="Small">{header}</text:p></style:header>
   <style:footer><text:p text:style-name="Small">Side <text:page-number
     text:select-page="current">1</text:page-number> av <text:page-count>1</text:page-count
     ></text:p></style:footer>
  </style:master-page>
 </office:master-styles>
 <office:body>
  <office:text>
"""

TAIL = """  </office:text>
 </office:body>
</office:document>
"""


def x (text):
    return html.escape (text or "", quote=False)


def para (text, style="Standard"):
    return '   <text:p text:style-name="%s">%s</text:p>\n' % (style, x (text))


def labelled (label, value):
    return ('   <text:p><text:span text:style-name="Strong">%s:</text:span> %s</text:p>\n'
            % (x (label), x (value or "—")))


def money (ore):
    """Whole øre as Bokmål writes kroner: "kr 12 500"."""
    value = int (ore or 0)
    sign = "−" if value < 0 else ""
    kroner, rest = divmod (abs (value), 100)
    text = "{:,}".format (kroner).replace (",", "\u00a0")
    if rest:
        text += ",%02d" % rest
    return "kr\u00a0" + sign + text


def date (iso):
    if not iso or len (iso) < 10:
        return iso or ""
    return "%s.%s.%s" % (iso[8:10], iso[5:7], iso[0:4])


def column_style (width):
    return "W%d" % round (width * 100)


def column_styles (widths):
    """The automatic styles of columns @widths (cm) wide."""
    return "".join ('  <style:style style:name="%s" style:family="table-column">\n'
                    '   <style:table-column-properties style:column-width="%.2fcm"/>\n'
                    "  </style:style>\n" % (column_style (width), width)
                    for width in sorted (set (widths)))


def table (name, heads, rows, widths, numbers=()):
    """A table of @heads over @rows, its columns @widths (cm) wide, those in @numbers set
    right."""
    out = ['   <table:table table:name="%s" table:style-name="Wide">\n' % x (name)]
    out += ['    <table:table-column table:style-name="%s"/>\n' % column_style (width)
            for width in widths]
    out.append ("    <table:table-header-rows>\n     <table:table-row>\n")
    for head in heads:
        out.append ('     <table:table-cell table:style-name="HeadBox" office:value-type='
                    '"string"><text:p text:style-name="CellHead">%s</text:p>'
                    "</table:table-cell>\n" % x (head))
    out.append ("     </table:table-row>\n    </table:table-header-rows>\n")
    for cells in rows:
        out.append ("    <table:table-row>\n")
        for i, text in enumerate (cells):
            out.append ('     <table:table-cell table:style-name="Box" office:value-type='
                        '"string"><text:p text:style-name="%s">%s</text:p>'
                        "</table:table-cell>\n" % ("Number" if i in numbers else "Cell",
                                                    x (text)))
        out.append ("    </table:table-row>\n")
    out.append ("   </table:table>\n")
    return "".join (out)


BUDGET_FIRST = 5.2
BUDGET_MONTH = 2.9
WIDTHS = {
    "checklist": (16.7, 5.0, 4.0),
    "startup": (21.7, 4.0),
    "financing": (6.0, 15.7, 4.0),
    "milestones": (4.0, 21.7),
}


def budget_half (plan, first, year):
    months = range (first, first + 6)
    heads = ["Budsjettpost"] + ["Måned %d" % (m + 1) for m in months]
    if year:
        heads.append ("År")
    rows = []
    for side, total, total_label in (("revenue", "revenue", "Sum inntekter"),
                                     ("cost", "cost", "Sum kostnader")):
        for line in plan["budget"]:
            if line["side"] == side:
                rows.append ([line["title"]] + [line["months"][m] for m in months]
                             + ([line["total"]] if year else []))
        rows.append ([total_label] + [plan[total][m] for m in months]
                     + ([plan[total + "_total"]] if year else []))
    rows.append (["Resultat"] + [plan["result"][m] for m in months]
                 + ([plan["result_total"]] if year else []))
    rows.append (["Akkumulert likviditet"] + [plan["liquidity"][m] for m in months]
                 + ([plan["liquidity"][11]] if year else []))
    heading = "Driftsbudsjett, måned %d–%d" % (first + 1, first + 6)
    widths = [BUDGET_FIRST] + [BUDGET_MONTH] * (len (heads) - 1)
    return para (heading, "Heading") + table (heading, heads, rows, widths,
                                              numbers=range (1, len (heads)))


def document (plan):
    widths = [BUDGET_FIRST, BUDGET_MONTH] + [w for ws in WIDTHS.values () for w in ws]
    head = HEAD.replace ("{columns}", column_styles (widths))
    body = [head.replace ("{header}", x ("%s · %s" % (plan["title"], plan["name"])))]
    body.append (para ("Forretningsplan", "Title"))
    body.append (labelled ("Tittel", plan["title"]))
    body.append (labelled ("Deltaker", plan["name"]))
    body.append (labelled ("Bransje", plan["kind_label"]))
    body.append (labelled ("Status", "%s (%s)" % (plan["status_label"],
                                                  date (plan["status_date"]))))
    body.append (labelled ("Selskapsform", plan["legal_form_label"]))
    for section in plan["sections"]:
        body.append (para (section["label"], "Heading"))
        body.append (para (section["text"] or "—"))

    body.append (para ("Tillatelser og registreringer", "Heading"))
    body.append (table ("Sjekkliste", ("Tillatelse eller registrering", "Status", "Dato"),
                        [(item[0], STATES.get (item[1], item[1]), date (item[2]))
                         for item in plan["checklist"]], WIDTHS["checklist"]))
    body.append (para ("Oppstartskostnader", "Heading"))
    body.append (table ("Oppstart", ("Hva", "Beløp"),
                        [(line[0], money (line[1])) for line in plan["startup"]]
                        + [("Sum oppstartskostnader", plan["startup_total"])],
                        WIDTHS["startup"], numbers=(1,)))
    body.append (para ("Finansiering", "Heading"))
    body.append (table ("Finansiering", ("Type", "Fra hvem", "Beløp"),
                        [(line[0], line[1], money (line[2])) for line in plan["financing"]]
                        + [("Sum finansiering", "", plan["financing_total"])],
                        WIDTHS["financing"], numbers=(2,)))
    body.append (labelled ("Finansieringsbehov", plan["financing_gap"]))
    body.append (labelled ("Likviditet ved start", plan["opening"]))

    body.append (budget_half (plan, 0, False))
    body.append (budget_half (plan, 6, True))
    month = int (plan["break_even_month"])
    body.append (labelled ("Inntekter i året", plan["revenue_total"]))
    body.append (labelled ("Kostnader i året", plan["cost_total"]))
    body.append (labelled ("Resultat for året", plan["result_total"]))
    body.append (labelled ("Balansepunkt", "Måned %d" % month if month
                           else "Aldri i løpet av de tolv månedene"))

    body.append (para ("Milepæler", "Heading"))
    body.append (table ("Milepæler", ("Dato", "Milepæl"),
                        [(date (m[0]), m[1]) for m in plan["milestones"]],
                        WIDTHS["milestones"]))
    body.append (TAIL)
    return "".join (body)


def write_documents (plans, folder):
    """One flat ODT per plan in @folder, named business-plan-ID.fodt; their paths."""
    os.makedirs (folder, exist_ok=True)
    paths = []
    for plan in plans:
        path = os.path.join (folder, "business-plan-%s.fodt" % plan["plan_id"])
        with open (path, "w", encoding="utf-8") as f:
            f.write (document (plan))
        paths.append (path)
    return paths
