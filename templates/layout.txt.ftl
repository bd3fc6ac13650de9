<#--
  Macros for the plain-text part of every executive report email (no output format: nothing is escaped).

  The text part stands on its own: every figure of the HTML part is here too. Prose is wrapped at 78
  columns; tables are aligned columns separated by " | "; when a table would run past 100 columns its
  last column wraps within itself, or, if that leaves it too little room, each row becomes a block. Lines that hold only FTL tags or comments print nothing (strip_whitespace),
  so each block below ends with exactly one blank line and the output has no runs of blank lines.
-->
<#assign wrapWidth = 78>
<#assign tableWidth = 100>

<#-- text wrapped at width on spaces: the first line starts with prefix, the others with indent. -->
<#function wrap text prefix="" indent="" width=wrapWidth>
  <#local lines = []>
  <#local line = prefix>
  <#local started = false>
  <#list (text!"")?split(r"\s+", "r") as word>
    <#if word?has_content>
      <#if !started>
        <#local line = line + word>
        <#local started = true>
      <#elseif line?length + 1 + word?length lte width>
        <#local line = line + " " + word>
      <#else>
        <#local lines += [line]>
        <#local line = indent + word>
      </#if>
    </#if>
  </#list>
  <#local lines += [rtrim(line)]>
  <#return lines?join("\n")>
</#function>

<#function rtrim s>
  <#return s?replace(r"\s+$", "", "r")>
</#function>

<#function rule text char>
  <#return ""?left_pad(text?length, char)>
</#function>

<#-- A cell of a row that may be shorter than its header, or hold nulls: "" instead. -->
<#function cell row i>
  <#if i lt row?size>
    <#return row[i]!"">
  </#if>
  <#return "">
</#function>

<#-- Figures that read as numbers ($1,234 / -$5 / +12% / 3.5, or $655* for one marked incomplete): their columns are
     right-aligned. -->
<#function isNumber s>
  <#return s?trim?matches(r"[-+\u2212]?\$?-?[0-9][0-9,]*(\.[0-9]+)?%?\*?")>
</#function>

<#-- In a numeric column that marks a figure incomplete ("$655*"), the others leave the mark's place blank, so the
     digits stay aligned. -->
<#function markedColumn rows i>
  <#list rows as row>
    <#if isNumber(cell(row, i)) && cell(row, i)?trim?ends_with("*")><#return true></#if>
  </#list>
  <#return false>
</#function>

<#function aligned s marked>
  <#return (marked && isNumber(s) && !s?trim?ends_with("*"))?then(s + " ", s)>
</#function>

<#-- A column is numeric when it holds at least one number and otherwise only blanks or n/a-style words. -->
<#function numericColumn rows i>
  <#local numbers = 0>
  <#list rows as row>
    <#local c = cell(row, i)?trim>
    <#if isNumber(c)>
      <#local numbers = numbers + 1>
    <#elseif !(["", "n/a", "-", "\x2014", "new", "no change"]?seq_contains(c?lower_case))>
      <#return false>
    </#if>
  </#list>
  <#return numbers gt 0>
</#function>

<#-- Sources read in full share one line in the completeness footer; the others keep a row each. -->
<#function readCompletely line>
  <#return (line.status!"") == "ok" && (line.note!"") == "read completely">
</#function>

<#function sourceName line>
  <#return (line.source!"") + (line.resource!"")?has_content?then(" (" + line.resource + ")", "")>
</#function>

<#function isGap line>
  <#local s = (line.status!"")?lower_case>
  <#return s == "failed" || s == "timed out" || s == "timed_out">
</#function>

<#-- Headings: the report title underlined with "=", every other heading with "-". -->
<#macro title text>
${text}
${rule(text, "=")}
</#macro>

<#macro heading text>
${text}
${rule(text, "-")}
</#macro>

<#-- A table as aligned columns separated by " | ", with a header line and a rule under it. When that would be
     wider than tableWidth, the last column is wrapped within its own column; when even that leaves it too
     little room, each row becomes a block of "column: value" lines. Ends with a newline. -->
<#macro table columns rows>
  <#local width = columns?size>
  <#list rows as row>
    <#if row?size gt width><#local width = row?size></#if>
  </#list>
  <#local widths = []>
  <#local numeric = []>
  <#local marked = []>
  <#list 0..<width as i>
    <#local numeric += [numericColumn(rows, i)]>
    <#local marked += [numeric[i] && markedColumn(rows, i)]>
    <#local w = cell(columns, i)?length>
    <#list rows as row>
      <#if aligned(cell(row, i), marked[i])?length gt w><#local w = aligned(cell(row, i), marked[i])?length></#if>
    </#list>
    <#local widths += [w]>
  </#list>
  <#if width == 0><#return></#if>
  <#local total = 0>
  <#list widths as w>
    <#local total = total + w + w?has_next?then(3, 0)>
  </#list>
  <#local lastRoom = tableWidth - (total - widths?last)>
  <#if total lte tableWidth || lastRoom gte 24>
    <#local wrapping = total gt tableWidth>
    <#local last = width - 1>
    <#local lastWidth = wrapping?then(lastRoom, widths[last])>
    <#if columns?has_content>
      <#local header = []>
      <#local ruler = []>
      <#list 0..<width as i>
        <#local header += [pad(cell(columns, i), (i == last)?then(lastWidth, widths[i]), numeric[i] && !(wrapping && i == last))]>
        <#local ruler += [""?left_pad((i == last)?then(lastWidth, widths[i]), "-")]>
      </#list>
${rowEnd(header?join(" | "))}
${ruler?join("-+-")}
    </#if>
    <#list rows as row>
      <#local cells = []>
      <#local blanks = []>
      <#list 0..<last as i>
        <#local cells += [pad(aligned(cell(row, i), marked[i]), widths[i], numeric[i])]>
        <#local blanks += [""?left_pad(widths[i])]>
      </#list>
      <#local prefix = (last gt 0)?then(cells?join(" | ") + " | ", "")>
      <#if wrapping>
${rowEnd(wrap(cell(row, last), prefix, (last gt 0)?then(blanks?join(" | ") + " | ", ""), tableWidth))}
      <#else>
${rowEnd(prefix + pad(aligned(cell(row, last), marked[last]), widths[last], numeric[last]))}
      </#if>
    </#list>
  <#else>
    <#list rows as row>
      <#list 0..<width as i>
        <#local name = cell(columns, i)?has_content?then(cell(columns, i), "Column " + (i + 1)?c)>
${wrap(cell(row, i), (i == 0)?then("- ", "  ") + name + ": ", "      ", tableWidth)}
      </#list>
    </#list>
  </#if>
</#macro>

<#-- s padded to width: numbers on the left (right-aligned), text on the right. -->
<#function pad s width number>
  <#return number?then(s?left_pad(width), s?right_pad(width))>
</#function>

<#-- The end of a table line without trailing blanks or the separators of empty trailing cells. -->
<#function rowEnd s>
  <#return s?replace(r"(\s*\|)*\s*$", "", "r")>
</#function>

<#-- The whole text part: header, degraded banner, the report's own content (nested), completeness footer. -->
<#macro page report>
<@title report.title/>
Portfolio: ${report.portfolio}
Period:    ${report.period}
As of:     ${report.asOf}

<#if report.degraded>
  <#local gaps = report.completeness?filter(s -> isGap(s))>
  <#if gaps?has_content>
${wrap("These sources failed or timed out; their figures are missing from this report:", "!! DATA INCOMPLETE: ", "!! ")}
    <#list gaps as s>
${wrap((s.source!"") + (s.resource!"")?has_content?then(" (" + s.resource + ")", "") + ": " + (s.status!"") + (s.note!"")?has_content?then(" — " + s.note, ""), "!!   - ", "!!     ")}
    </#list>
  <#else>
${wrap("At least one source could not be read; its figures are missing from this report. See Data completeness below.", "!! DATA INCOMPLETE: ", "!! ")}
  </#if>

</#if>
<#nested>
<@heading "Data completeness"/>
<#if report.completeness?has_content>
  <#local complete = report.completeness?filter(s -> readCompletely(s))>
  <#local rest = report.completeness?filter(s -> !readCompletely(s))>
  <#if rest?has_content>
    <#local rows = []>
    <#list rest as s>
      <#local rows += [[s.source!"", s.resource!"", s.status!"", s.note!""]]>
    </#list>
<@table columns=["Source", "Resource", "Status", "Note"] rows=rows/>
  </#if>
  <#if rest?has_content && complete?has_content>

  </#if>
  <#if complete?has_content && report.complete()>
${wrap("Read completely (" + complete?size + "): " + complete?map(s -> sourceName(s))?join(", ") + ".")}
  <#elseif complete?has_content>
${wrap((rest?has_content)?then("The other " + complete?size, "All " + complete?size) + " sources were read completely; the attached full report names them.")}
  </#if>
<#else>
No data sources were recorded for this run.
</#if>

<#if report.complete()>
${wrap("Generated by exec-reports from one snapshot; all five reports of this run share its figures.")}
</#if>
<#if report.termsLine()?has_content>
${wrap(report.termsLine())}
</#if>
${wrap(report.riskOrder())}
</#macro>

<#-- The role's one-line lead, right under the header. -->
<#macro lead text>
${wrap(text)}

</#macro>

<#-- Charts in words: the HTML part shows them as images. -->
<#macro charts report>
<#list report.charts![] as c>
${wrap("Chart — " + c.title + ": " + c.description)}

</#list>
</#macro>

<#macro summary report title="Summary">
<@heading title/>
<#list report.summary as sentence>
${wrap(sentence!"")}

<#else>
No summary this period.

</#list>
</#macro>

<#-- KPIs as "name: value (change) — note", the values aligned after the longest name (up to 32 columns); without
     notes on the first screen, where each figure takes one line. -->
<#macro kpis report title="Key figures" list=report.kpis notes=true>
<@heading title/>
<#if list?has_content>
  <#local nameWidth = 0>
  <#list list as k>
    <#if (k.name!"")?length + 1 gt nameWidth><#local nameWidth = (k.name!"")?length + 1></#if>
  </#list>
  <#if nameWidth gt 32><#local nameWidth = 32></#if>
  <#list list as k>
    <#local label = ((k.name!"") + ":")?right_pad(nameWidth)>
    <#-- on the first screen, "no previous period" says nothing the "What changed" block does not -->
    <#local change = (notes || (k.change!"") != "no previous period")?then(k.change!"", "")>
    <#local text = (k.value!"") + change?has_content?then(" (" + change + ")", "") + (notes && (k.note!"")?has_content)?then(" — " + k.note, "")>
${wrap(text, label + " ", ""?left_pad(nameWidth + 1))}
  </#list>
<#else>
No key figures this period.
</#if>

</#macro>

<#-- Findings as "[HIGH] F1 (new) business — title", then where and impact, indented; a blank line between. The
     findings past the detailed ones follow in one line each, look-alike minor ones sharing a line (Report.FindingLine).
     Their ids are what the actions refer to, the same in every report and week (Report.ref). -->
<#macro findings report title="Findings">
<@heading title/>
<#list report.findings as f>
  <#local label = "[" + (f.severity!"")?upper_case + "] " + report.ref(f.id) + " " + ((f.since!"")?has_content)?then("(" + f.since + ") ", "")>
  <#-- continuation lines align under the title, unless a long id would leave them too narrow a column -->
${wrap((f.business!"") + " — " + (f.title!""), label, ""?left_pad((label?length gt 24)?then(2, label?length)))}
  <#if (f.where!"")?has_content>
${wrap(f.where, "    where: ", "           ")}
  </#if>
  <#if (f.impact!"")?has_content>
${wrap(f.impact, "    impact: ", "            ")}
  </#if>

<#else>
  <#if !report.minorFindings?has_content>
No findings this period.

  </#if>
</#list>
<#if report.minorFindings?has_content>
  <#local count = 0>
  <#list report.minorFindings as l>
    <#local count = count + (l.ids![])?size>
  </#list>
<#-- a brief may show every finding in a short line, none in detail above them -->
${report.findings?has_content?then("Also open", "Open")} (${count}):
<#list report.minorFindings as l>
${wrap(report.refs(l.ids![]) + " " + (l.severity!"")?upper_case + " " + (l.text!"") + ((l.since!"")?has_content)?then(" (" + l.since + ")", ""), "  - ", "    ")}
</#list>

</#if>
<#if report.resolved?has_content>
Resolved since the last report (${report.resolved?size}):
<#list report.resolved as f>
${wrap(report.ref(f.id) + " " + (f.business!"") + " — " + (f.title!""), "  - ", "    ")}
</#list>

</#if>
</#macro>

<#-- Actions numbered by rank: "1. title (impact: x, effort: y; resolves: F-JADA-NO-INVOICE, …)", then who owns it, when it is
     due and its status carried from last week; the actions done since then follow, listed once. -->
<#macro actions report title="Actions">
<@heading title/>
<#list report.actions as a>
  <#local number = a.rank?c + ". ">
  <#local text = (a.title!"") + " (impact: " + (a.impact!"") + ", effort: " + (a.effort!"") + (report.refs(a.resolves![])?has_content)?then("; resolves: " + report.refs(a.resolves![]), "") + ")">
${wrap(text, number, ""?left_pad(number?length))}
  <#if (a.owner!"")?has_content>
${wrap("Owner: " + a.owner + " · " + (a.due!"") + ((a.status!"")?has_content)?then(" · " + a.status, ""), ""?left_pad(number?length), ""?left_pad(number?length))}
  </#if>
<#else>
No actions this period.
</#list>
<#if (report.tracking.note!"")?has_content>
${wrap(report.tracking.note, "", "")}
</#if>
<#if report.tracking.done?has_content>
Done since the last report (${report.tracking.done?size}):
<#list report.tracking.done as a>
${wrap((a.title!"") + " (owner: " + (a.owner!"") + (report.refs(a.resolves![])?has_content)?then("; resolved: " + report.refs(a.resolves![]), "") + ")", "  - ", "    ")}
</#list>
</#if>

</#macro>

<#-- Role-specific tables: title, note, then the table; a brief names the tables it leaves to the full report. -->
<#macro sections report>
<#list report.sections as section>
<@heading section.title!""/>
  <#if (section.note!"")?has_content>
${wrap(section.note)}

  </#if>
  <#if (section.rows![])?has_content>
<@table columns=(section.columns![]) rows=section.rows/>
  <#else>
No data this period.
  </#if>

</#list>
<#if report.leftOut?has_content>
<@heading "In the full report"/>
${wrap("These tables are attached as " + report.role + "-full.txt/.html, with each finding's evidence: " + report.leftOut?join(", ") + ".")}

</#if>
</#macro>

<#-- The first screen (Report.firstScreen): the role's headline with its trend and sparkline, then in a brief the role's
     few figures, what changed since the last report, the top risks with their actions, and the decisions put to the
     reader. A full report shows every key figure in its own block instead (see wholeTop). -->
<#macro firstScreen report>
<#if report.firstScreen??>
  <#local f = report.firstScreen>
  <#local h = f.headline>
<@heading h.name/>
${wrap(h.value + (h.change?has_content)?then(" (" + h.change + ")", ""))}
  <#if h.sparkline.line()?has_content>
${wrap(h.trendOf + ": " + h.sparkline.line())}
  </#if>

  <#if !wholeTop(report)>
<@kpis report=report title="Key figures" list=f.figures notes=false/>
  </#if>
  <#if f.changes?has_content>
<@heading "What changed"/>
    <#list f.changes as c>
${wrap(c, "- ", "  ")}
    </#list>

  </#if>
  <#if f.risks?has_content>
<@heading "Top risks"/>
    <#list f.risks as r>
      <#local number = r?counter + ". ">
      <#local refs = report.refs(r.resolves![])>
${wrap(r.finding + refs?has_content?then(" (" + refs + ")", ""), number, ""?left_pad(number?length))}
${wrap(r.action, ""?left_pad(number?length) + "→ ", ""?left_pad(number?length + 2))}
    </#list>

  </#if>
  <#if f.decisions?has_content>
<@heading "Decisions for you"/>
    <#list f.decisions as d>
      <#if !report.complete() && d?index == briefDecisions>
${wrap(plural(f.decisions?size - briefDecisions, "more decision") + " in the full report.")}
        <#break>
      </#if>
      <#local number = d?counter + ". ">
${wrap(d.question + " — " + d.why, number, ""?left_pad(number?length))}
      <#list d.options as o>
${wrap(o.choice + ": " + o.cost, ""?left_pad(number?length) + ["a", "b", "c", "d"][o?index] + ") ", ""?left_pad(number?length + 3))}
      </#list>
    </#list>

  </#if>
</#if>
</#macro>

<#-- Decisions a brief details; the others are counted and left to the full report. -->
<#assign briefDecisions = 2>

<#function plural n noun>
  <#return n?c + " " + noun + (n == 1)?then("", "s")>
</#function>

<#-- A brief's first screen stands for the summary and shows its role's few figures; a full report (or one built
     without a first screen) shows the summary and every key figure in the Key figures block. -->
<#function wholeTop report>
  <#return !(report.firstScreen??) || report.complete()>
</#function>
