<#ftl output_format="HTML">
<#--
  Macros for the HTML part of every executive report email.

  Everything is auto-escaped (HTML output format); data is never passed through ?no_esc.
  Email-safe only: nested tables, inline style attributes, bgcolor, no <style> blocks, no external CSS, JS, fonts or
  images. One fluid column, at most 640px, centred, with narrow gutters so it fits a 375px phone without media
  queries; Outlook (which ignores max-width) gets a fixed-width ghost table in conditional comments. A table of more
  than four columns is laid out as one card per row ("Column: value" lines); narrower tables stay tables with fixed
  column shares (table-layout:fixed: content never widens them) whose cells wrap, breaking long keys and URLs anywhere.
  Colours: every coloured text sits on a background set beside it (a client that inverts for dark mode inverts the
  pair), severities and statuses are words, never colour alone, and charts use a colour-blind-safe palette.

  The data model is one com.execreports.analysis.Report (see Report.java): every figure is already a
  formatted string, so these macros only lay it out.
-->
<#-- Inline styles, shared by the macros below. -->
<#assign font = "font-family:Arial,Helvetica,sans-serif;">
<#assign mono = "font-family:Consolas,Menlo,Monaco,Courier New,monospace;">
<#assign pStyle = font + "margin:0 0 12px 0;font-size:15px;line-height:22px;color:#111827;">
<#assign h2Style = font + "margin:28px 0 10px 0;font-size:18px;line-height:24px;font-weight:bold;color:#111827;mso-line-height-rule:exactly;">
<#assign h3Style = font + "margin:22px 0 4px 0;font-size:16px;line-height:22px;font-weight:bold;color:#1f2937;mso-line-height-rule:exactly;">
<#assign noteStyle = font + "margin:0 0 8px 0;font-size:13px;line-height:19px;color:#4b5563;">
<#assign emptyStyle = font + "margin:0 0 12px 0;font-size:14px;line-height:20px;font-style:italic;color:#6b7280;">
<#assign tableStyle = "width:100%;table-layout:fixed;border-collapse:collapse;mso-table-lspace:0pt;mso-table-rspace:0pt;">
<#assign thStyle = font + "font-size:12px;line-height:16px;font-weight:bold;color:#374151;text-align:left;padding:6px;border-bottom:2px solid #d1d5db;overflow-wrap:anywhere;">
<#-- Cells are kept short (sections may have many rows; Gmail clips messages past ~100 KB): vertical alignment
     comes from valign="top", text colour from the default. -->
<#assign tdStyle = font + "font-size:14px;line-height:20px;padding:8px 6px;border-bottom:1px solid #e5e7eb;overflow-wrap:anywhere;word-wrap:break-word;">
<#assign smallStyle = font + "font-size:12px;line-height:17px;color:#6b7280;">
<#assign whereStyle = mono + "font-size:12px;line-height:17px;color:#374151;">
<#-- A row of a wide table as a card: the first cell heads it, each other cell is a "Column: value" line. -->
<#assign cardStyle = "width:100%;table-layout:fixed;border-collapse:separate;margin:0 0 8px 0;border:1px solid #d1d5db;border-left:4px solid #4b5563;">
<#assign cardLineStyle = font + "font-size:13px;line-height:19px;color:#111827;overflow-wrap:anywhere;word-wrap:break-word;">
<#-- Tables of more columns than this become cards: four is what a 375px phone shows side by side. -->
<#assign maxColumns = 4>

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

<#-- Text with a long unbroken token (an ARN, a key, a URL) may break anywhere, so that it cannot widen its
     table past a phone's screen; other text wraps between words only. -->
<#function breaks s>
  <#return (s!"")?matches(r"(?s).*\S{22,}.*")?then("word-break:break-all;", "")>
</#function>

<#-- Background and text colour of a severity label: high red, medium amber, low (and anything else) grey. The label
     is the word (HIGH, MEDIUM, LOW), so it reads without colour; each pair keeps a contrast of at least 4.5:1. -->
<#function severityColours severity>
  <#switch severity?lower_case>
    <#case "high">
      <#return ["#b91c1c", "#ffffff"]>
    <#case "medium">
      <#return ["#fbbf24", "#111827"]>
    <#default>
      <#return ["#4b5563", "#ffffff"]>
  </#switch>
</#function>

<#function statusColour status>
  <#switch status?lower_case>
    <#case "ok">
      <#return "#047857">
    <#case "partial">
      <#return "#b45309">
    <#default>
      <#return "#b91c1c">
  </#switch>
</#function>

<#function isGap line>
  <#local s = (line.status!"")?lower_case>
  <#return s == "failed" || s == "timed out" || s == "timed_out">
</#function>

<#-- True when this is the full report attached to a brief (the pipeline sets the header): its charts are described, not
     embedded, as the brief above it in the email shows them and an attachment cannot reach the email's images. -->
<#function fullReport>
  <#return ((headers.ExecReportsFullReport)!"") == "true">
</#function>

<#-- Column shares of a table of n columns (at most four): the first, naming the row, gets the most. -->
<#function shares n>
  <#switch n>
    <#case 1><#return ["100%"]>
    <#case 2><#return ["58%", "42%"]>
    <#case 3><#return ["40%", "30%", "30%"]>
    <#default><#return ["31%", "23%", "23%", "23%"]>
  </#switch>
</#function>

<#-- Fixed column widths (a <col> per share; "auto" leaves the rest to a column). -->
<#macro cols widths>
<colgroup>
<#list widths as w>
<#if w == "auto"><col><#else><col width="${w}" style="width:${w}<#if !w?ends_with("%")>px</#if>;"></#if>
</#list>
</colgroup>
</#macro>

<#macro heading text>
<h2 style="${h2Style}">${text}</h2>
</#macro>

<#macro empty text>
<p style="${emptyStyle}">${text}</p>
</#macro>

<#-- The whole document: header, degraded banner, the report's own content (nested), completeness footer. -->
<#macro page report>
<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="x-apple-disable-message-reformatting">
<meta name="color-scheme" content="light">
<meta name="supported-color-schemes" content="light">
<title>${report.title} — ${report.portfolio} — ${report.period}<#if fullReport()> — full report</#if><#if report.degraded> (data incomplete)</#if></title>
</head>
<body style="margin:0;padding:0;width:100%;background-color:#f3f4f6;-webkit-text-size-adjust:100%;-ms-text-size-adjust:100%;">
<#if report.summary?has_content>
<div style="display:none;max-height:0;max-width:0;overflow:hidden;opacity:0;font-size:1px;line-height:1px;color:#f3f4f6;mso-hide:all;">${report.summary[0]!""}</div>
</#if>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f3f4f6" style="width:100%;background-color:#f3f4f6;">
<tr>
<td align="center" valign="top" style="padding:8px 0;">
<!--[if mso]><table role="presentation" width="640" align="center" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]-->
<table role="presentation" width="100%" align="center" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="width:100%;max-width:640px;margin:0 auto;table-layout:fixed;background-color:#ffffff;border:1px solid #e5e7eb;">
<tr>
<td bgcolor="#1f2937" style="background-color:#1f2937;padding:18px 12px;">
<h1 style="${font}margin:0 0 6px 0;font-size:22px;line-height:28px;font-weight:bold;color:#ffffff;mso-line-height-rule:exactly;">${report.title}</h1>
<p style="${font}margin:0 0 4px 0;font-size:15px;line-height:21px;color:#f9fafb;">${report.portfolio}</p>
<p style="${font}margin:0;font-size:13px;line-height:19px;color:#d1d5db;">Period: ${report.period} &middot; As of: ${report.asOf}<#if fullReport()> &middot; Full report</#if></p>
</td>
</tr>
<#if report.degraded>
<tr>
<td style="padding:16px 12px 0 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;">
<tr>
<td bgcolor="#fef3c7" style="background-color:#fef3c7;word-wrap:break-word;border:1px solid #f59e0b;border-left:6px solid #d97706;padding:12px 14px;">
<p style="${font}margin:0 0 6px 0;font-size:16px;line-height:22px;font-weight:bold;color:#92400e;">Data incomplete</p>
<#local gaps = report.completeness?filter(s -> isGap(s))>
<#if gaps?has_content>
<p style="${font}margin:0 0 6px 0;font-size:14px;line-height:20px;color:#78350f;">These sources failed or timed out; their figures are missing from this report:</p>
<#list gaps as s>
<p style="${font}margin:0 0 4px 0;font-size:14px;line-height:20px;color:#78350f;${breaks(s.note!"")}"><b>${s.source!""}</b><#if (s.resource!"")?has_content> (<span style="${mono}font-size:13px;${breaks(s.resource)}">${s.resource}</span>)</#if>: ${s.status!""}<#if (s.note!"")?has_content> — ${s.note}</#if></p>
</#list>
<#else>
<p style="${font}margin:0;font-size:14px;line-height:20px;color:#78350f;">At least one source could not be read; its figures are missing from this report. See the data completeness table below.</p>
</#if>
</td>
</tr>
</table>
</td>
</tr>
</#if>
<tr>
<td style="padding:4px 12px 24px 12px;">
<#nested>
</td>
</tr>
<tr>
<td bgcolor="#f9fafb" style="background-color:#f9fafb;border-top:1px solid #e5e7eb;padding:4px 12px 20px 12px;">
<h2 style="${font}margin:18px 0 8px 0;font-size:15px;line-height:20px;font-weight:bold;color:#374151;">Data completeness</h2>
<#if report.completeness?has_content>
<#local complete = report.completeness?filter(s -> (s.status!"") == "ok" && (s.note!"") == "read completely")>
<#local rest = report.completeness?filter(s -> !((s.status!"") == "ok" && (s.note!"") == "read completely"))>
<#if rest?has_content>
<table width="100%" cellpadding="0" cellspacing="0" border="0" style="${tableStyle}">
<@cols ["26%", "26%", "18%", "30%"]/>
<tr>
<th scope="col" align="left" style="${thStyle}">Source</th>
<th scope="col" align="left" style="${thStyle}">Resource</th>
<th scope="col" align="left" style="${thStyle}">Status</th>
<th scope="col" align="left" style="${thStyle}">Note</th>
</tr>
<#list rest as s>
<tr>
<td valign="top" style="${tdStyle}font-size:13px;line-height:18px;${breaks(s.source!"")}">${s.source!""}</td>
<td valign="top" style="${tdStyle}${whereStyle}${breaks(s.resource!"")}">${s.resource!""}</td>
<td valign="top" style="${tdStyle}font-size:13px;line-height:18px;font-weight:bold;color:${statusColour(s.status!"")};">${s.status!""}</td>
<td valign="top" style="${tdStyle}font-size:13px;line-height:18px;color:#374151;${breaks(s.note!"")}">${s.note!""}</td>
</tr>
</#list>
</table>
</#if>
<#if complete?has_content && report.complete()>
<p style="${font}margin:${rest?has_content?then("10px", "0")} 0 0 0;font-size:13px;line-height:19px;color:#374151;"><b style="color:${statusColour("ok")};">Read completely (${complete?size}):</b> <#list complete as s>${s.source!""}<#if (s.resource!"")?has_content> (<span style="${mono}font-size:12px;">${s.resource}</span>)</#if><#sep>, </#list>.</p>
<#elseif complete?has_content>
<p style="${font}margin:${rest?has_content?then("10px", "0")} 0 0 0;font-size:13px;line-height:19px;color:#374151;"><b style="color:${statusColour("ok")};">${rest?has_content?then("The other " + complete?size, "All " + complete?size)} sources were read completely;</b> the attached full report names them.</p>
</#if>
<#else>
<@empty "No data sources were recorded for this run."/>
</#if>
<#if report.complete()>
<p style="${font}margin:16px 0 0 0;font-size:12px;line-height:18px;color:#6b7280;">Generated by exec-reports from one snapshot; all five reports of this run share its figures.</p>
</#if>
<#if report.termsLine()?has_content>
<p style="${font}margin:4px 0 0 0;font-size:12px;line-height:18px;color:#6b7280;">${report.termsLine()}</p>
</#if>
<p style="${font}margin:4px 0 0 0;font-size:12px;line-height:18px;color:#6b7280;">${report.riskOrder()}</p>
</td>
</tr>
</table>
<!--[if mso]></td></tr></table><![endif]-->
</td>
</tr>
</table>
</body>
</html>
</#macro>

<#-- The role's one-line lead, right under the header. -->
<#macro lead text>
<p style="${font}margin:18px 0 4px 0;font-size:16px;line-height:23px;font-weight:bold;color:#374151;">${text}</p>
</#macro>

<#macro summary report title="Summary">
<@heading title/>
<#list report.summary as sentence>
<p style="${pStyle}">${sentence!""}</p>
<#else>
<@empty "No summary this period."/>
</#list>
</#macro>

<#-- Charts are inline images (Content-ID parts of the message); the alt text and caption carry the numbers. -->
<#macro charts report>
<#list report.charts![] as c>
<p style="${font}margin:16px 0 6px 0;font-size:14px;line-height:20px;font-weight:bold;color:#111827;">${c.title}</p>
<#if !fullReport()>
<img src="cid:${c.cid}" width="600" alt="${c.description}" style="display:block;width:100%;max-width:600px;height:auto;border:0;">
</#if>
<p style="${smallStyle}margin:4px 0 0 0;overflow-wrap:anywhere;">${c.description}<#if fullReport()> (The chart is in the email&rsquo;s brief.)</#if></p>
</#list>
</#macro>

<#macro kpis report title="Key figures" list=report.kpis notes=true>
<@heading title/>
<#if list?has_content>
<#-- two columns on a phone: the figure with its note under it, the value with its change under it -->
<table width="100%" cellpadding="0" cellspacing="0" border="0" style="${tableStyle}">
<@cols shares(2)/>
<tr>
<th scope="col" align="left" style="${thStyle}">Figure</th>
<th scope="col" align="right" style="${thStyle}text-align:right;">Value &middot; change</th>
</tr>
<#list list as k>
<tr>
<td valign="top" style="${tdStyle}${breaks(k.name!"")}">${k.name!""}<#if notes && (k.note!"")?has_content><div style="${font}margin-top:2px;font-size:13px;line-height:18px;color:#4b5563;${breaks(k.note)}">${k.note}</div></#if></td>
<#local change = (notes || (k.change!"") != "no previous period")?then(k.change!"", "")>
<td valign="top" align="right" style="${tdStyle}text-align:right;"><b>${k.value!""}</b><#if change?has_content><div style="${font}margin-top:2px;font-size:13px;line-height:18px;color:#374151;${breaks(change)}">${change}</div></#if></td>
</tr>
</#list>
</table>
<#else>
<@empty "No key figures this period."/>
</#if>
</#macro>

<#-- Findings: severity label (the word, not colour alone) and id (what the actions refer to, the same in every report and week) with the business,
     then title, evidence (monospace) and impact, all stacked in one column so a phone shows them at full width. -->
<#macro findings report title="Findings">
<@heading title/>
<#if report.findings?has_content>
<table width="100%" cellpadding="0" cellspacing="0" border="0" style="${tableStyle}">
<#list report.findings as f>
<#local colours = severityColours(f.severity!"")>
<tr>
<td valign="top" style="${tdStyle}padding:10px 0;">
<#-- one column: severity label and F-number with the business on one line, then the finding at full width -->
<table role="presentation" cellpadding="0" cellspacing="0" border="0">
<tr>
<td bgcolor="${colours[0]}" style="${font}background-color:${colours[0]};color:${colours[1]};font-size:11px;line-height:15px;font-weight:bold;letter-spacing:0.5px;padding:2px 6px;border-radius:3px;white-space:nowrap;">${(f.severity!"")?upper_case}</td>
<td style="${font}padding:0 0 0 8px;font-size:13px;line-height:17px;font-weight:bold;color:#111827;overflow-wrap:anywhere;">${report.ref(f.id)} &middot; <span style="${breaks(f.business!"")}">${f.business!""}</span></td>
</tr>
</table>
<div style="${font}margin-top:6px;font-size:14px;line-height:20px;color:#111827;${breaks(f.title!"")}">${f.title!""}<#if (f.since!"")?has_content> <span style="${smallStyle}font-weight:bold;">(${f.since})</span></#if></div>
<#if (f.where!"")?has_content>
<div style="${font}margin-top:4px;font-size:12px;line-height:17px;color:#4b5563;">Where: <span style="${whereStyle}${breaks(f.where)}">${f.where}</span></div>
</#if>
<#if (f.impact!"")?has_content>
<div style="${font}margin-top:4px;font-size:13px;line-height:18px;color:#374151;${breaks(f.impact)}">Impact: ${f.impact}</div>
</#if>
</td>
</tr>
</#list>
</table>
<#elseif !report.minorFindings?has_content>
<@empty "No findings this period."/>
</#if>
<#if report.minorFindings?has_content>
<#local count = 0>
<#list report.minorFindings as l><#local count = count + (l.ids![])?size></#list>
<#-- a brief may show every finding in a short line, none in detail above them -->
<p style="${font}margin:12px 0 4px 0;font-size:13px;line-height:18px;color:#374151;font-weight:bold;">${report.findings?has_content?then("Also open", "Open")} (${count})</p>
<#list report.minorFindings as l>
<div style="${font}font-size:13px;line-height:18px;color:#374151;${breaks(l.text!"")}"><b>${report.refs(l.ids![])}</b> ${(l.severity!"")?upper_case} · ${l.text!""}<#if (l.since!"")?has_content> (${l.since})</#if></div>
</#list>
</#if>
<#if report.resolved?has_content>
<p style="${font}margin:12px 0 4px 0;font-size:13px;line-height:18px;color:#047857;font-weight:bold;">Resolved since the last report (${report.resolved?size})</p>
<#list report.resolved as f>
<div style="${font}font-size:13px;line-height:18px;color:#374151;${breaks(f.title!"")}"><b>${report.ref(f.id)}</b> ${f.business!""} — ${f.title!""}</div>
</#list>
</#if>
</#macro>

<#-- Actions, in rank order: the findings each resolves are listed under its title. -->
<#macro actions report title="Actions">
<@heading title/>
<#if report.actions?has_content>
<table width="100%" cellpadding="0" cellspacing="0" border="0" style="${tableStyle}">
<@cols ["34", "auto"]/>
<tr>
<th scope="col" align="right" width="34" style="${thStyle}text-align:right;">#</th>
<th scope="col" align="left" style="${thStyle}">Action</th>
</tr>
<#list report.actions as a>
<tr>
<td valign="top" align="right" width="34" style="${tdStyle}text-align:right;font-weight:bold;">${a.rank?c}</td>
<td valign="top" style="${tdStyle}">
<div style="${font}font-size:14px;line-height:20px;color:#111827;${breaks(a.title!"")}">${a.title!""}</div>
<#if (a.impact!"")?has_content>
<div style="${font}margin-top:4px;font-size:13px;line-height:18px;color:#374151;${breaks(a.impact)}">Impact: ${a.impact}</div>
</#if>
<#if (a.effort!"")?has_content>
<div style="${smallStyle}margin-top:2px;">Effort: ${a.effort}</div>
</#if>
<#if report.refs(a.resolves![])?has_content>
<div style="${smallStyle}margin-top:2px;">Resolves: <b>${report.refs(a.resolves![])}</b></div>
</#if>
<#if (a.owner!"")?has_content>
<div style="${smallStyle}margin-top:4px;${breaks(a.owner)}">Owner: <b>${a.owner}</b> · ${a.due!""}<#if (a.status!"")?has_content> · <b>${a.status}</b></#if></div>
</#if>
</td>
</tr>
</#list>
</table>
<#else>
<@empty "No actions this period."/>
</#if>
<#if (report.tracking.note!"")?has_content>
<p style="${noteStyle}">${report.tracking.note}</p>
</#if>
<#if report.tracking.done?has_content>
<p style="${font}margin:12px 0 4px 0;font-size:13px;line-height:18px;color:#047857;font-weight:bold;">Done since the last report (${report.tracking.done?size})</p>
<#list report.tracking.done as a>
<div style="${font}font-size:13px;line-height:18px;color:#374151;${breaks(a.title!"")}">${a.title!""} — owner ${a.owner!""}<#if report.refs(a.resolves![])?has_content>; resolved <b>${report.refs(a.resolves![])}</b></#if></div>
</#list>
</#if>
</#macro>

<#-- Role-specific tables: title, note, then the table (numeric columns right-aligned). -->
<#macro sections report>
<#list report.sections as section>
<h3 style="${h3Style}">${section.title!""}</h3>
<#if (section.note!"")?has_content>
<p style="${noteStyle}">${section.note}</p>
</#if>
<#local columns = section.columns![]>
<#local rows = section.rows![]>
<#if rows?has_content>
<#local width = columns?size>
<#list rows as row>
<#if row?size gt width><#local width = row?size></#if>
</#list>
<#if width gt maxColumns>
<@cards columns rows width/>
<#else>
<#local numeric = []>
<#list 0..<width as i>
<#local numeric += [numericColumn(rows, i)]>
</#list>
<table width="100%" cellpadding="0" cellspacing="0" border="0" style="${tableStyle}">
<@cols shares(width)/>
<#if columns?has_content>
<tr>
<#list 0..<width as i>
<#if numeric[i]>
<th scope="col" align="right" style="${thStyle}text-align:right;">${cell(columns, i)}</th>
<#else>
<th scope="col" align="left" style="${thStyle}${breaks(cell(columns, i))}">${cell(columns, i)}</th>
</#if>
</#list>
</tr>
</#if>
<#list rows as row>
<tr>
<#list 0..<width as i>
<#if numeric[i]>
<td valign="top" align="right" style="${tdStyle}text-align:right;">${cell(row, i)}</td>
<#else>
<td valign="top" style="${tdStyle}${breaks(cell(row, i))}">${cell(row, i)}</td>
</#if>
</#list>
</tr>
</#list>
</table>
</#if>
<#else>
<@empty "No data this period."/>
</#if>
</#list>
<#if report.leftOut?has_content>
<h3 style="${h3Style}">In the full report</h3>
<p style="${noteStyle}">These tables are attached as <span style="${mono}">${report.role}-full.html</span> and <span style="${mono}">${report.role}-full.txt</span>, with each finding&rsquo;s evidence: ${report.leftOut?join(", ")}.</p>
</#if>
</#macro>

<#-- A table wider than a phone, one card per row: the first cell heads the card, then its other non-blank cells as
     "Column: value" pairs that wrap as one paragraph. -->
<#macro cards columns rows width>
<#list rows as row>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="${cardStyle}background-color:#ffffff;">
<tr>
<td valign="top" style="padding:8px 10px;">
<div style="${cardLineStyle}font-size:14px;line-height:20px;font-weight:bold;${breaks(cell(row, 0))}">${cell(row, 0)}</div>
<#local filled = (1..<width)?filter(i -> cell(row, i)?trim?has_content)>
<#if filled?has_content>
<div style="${cardLineStyle}"><#list filled as i><span style="${breaks(cell(row, i))}"><span style="color:#4b5563;">${cell(columns, i)}:</span> ${cell(row, i)}</span><#sep> &middot; </#list></div>
</#if>
</td>
</tr>
</table>
</#list>
</#macro>

<#-- The first screen (Report.firstScreen): the role's headline large, with its trend and sparkline (block characters,
     the same as the text part), then in a brief the role's few figures, what changed since the last report, the top
     risks with their actions, and the decisions put to the reader. A full report shows the summary and every key
     figure in their own blocks instead (see wholeTop). -->
<#macro firstScreen report>
<#if report.firstScreen??>
<#local f = report.firstScreen>
<#local h = f.headline>
<p style="${font}margin:18px 0 2px 0;font-size:13px;line-height:18px;font-weight:bold;color:#4b5563;text-transform:uppercase;letter-spacing:0.5px;">${h.name}</p>
<p style="${font}margin:0 0 4px 0;font-size:22px;line-height:28px;font-weight:bold;color:#111827;">${h.value}</p>
<#if h.change?has_content>
<p style="${font}margin:0 0 4px 0;font-size:14px;line-height:20px;color:#374151;">${h.change}</p>
</#if>
<#if h.sparkline.line()?has_content>
<p style="${font}margin:0 0 8px 0;font-size:13px;line-height:18px;color:#4b5563;"><span style="font-size:18px;letter-spacing:1px;color:#1d4ed8;">${h.sparkline.bars}</span> ${h.trendOf}: ${h.sparkline.span()}, ${h.sparkline.line()?keep_after(": ")}</p>
</#if>
<#if !wholeTop(report)>
<@kpis report=report title="Key figures" list=f.figures notes=false/>
</#if>
<#if f.changes?has_content>
<@heading "What changed"/>
<#list f.changes as c>
<p style="${font}margin:0 0 6px 0;font-size:14px;line-height:20px;color:#111827;${breaks(c)}">• ${c}</p>
</#list>
</#if>
<#if f.risks?has_content>
<@heading "Top risks"/>
<#list f.risks as r>
<#local refs = report.refs(r.resolves![])>
<p style="${font}margin:0 0 2px 0;font-size:14px;line-height:20px;color:#111827;font-weight:bold;${breaks(r.finding)}">${r?counter}. ${r.finding}<#if refs?has_content> <span style="${smallStyle}">(${refs})</span></#if></p>
<p style="${font}margin:0 0 10px 16px;font-size:14px;line-height:20px;color:#374151;${breaks(r.action)}">→ ${r.action}</p>
</#list>
</#if>
<#if f.decisions?has_content>
<@heading "Decisions for you"/>
<#list f.decisions as d>
<#if !report.complete() && d?index == briefDecisions>
<p style="${noteStyle}">${f.decisions?size - briefDecisions} more decision<#if f.decisions?size - briefDecisions != 1>s</#if> in the full report.</p>
<#break>
</#if>
<p style="${font}margin:0 0 2px 0;font-size:14px;line-height:20px;color:#111827;"><b>${d?counter}. ${d.question}</b> — ${d.why}</p>
<#list d.options as o>
<p style="${font}margin:0 0 2px 16px;font-size:14px;line-height:20px;color:#374151;">${["a", "b", "c", "d"][o?index]}) <b>${o.choice}</b>: ${o.cost}</p>
</#list>
<p style="margin:0 0 8px 0;font-size:1px;line-height:8px;">&nbsp;</p>
</#list>
</#if>
</#if>
</#macro>

<#-- Decisions a brief details; the others are counted and left to the full report. -->
<#assign briefDecisions = 2>

<#-- A brief's first screen stands for the summary and shows its role's few figures; a full report (or one built
     without a first screen) shows the summary and every key figure in the Key figures block. -->
<#function wholeTop report>
  <#return !(report.firstScreen??) || report.complete()>
</#function>
