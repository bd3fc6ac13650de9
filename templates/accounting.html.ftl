<#ftl output_format="HTML">
<#-- Accounting report, HTML part (auto-escaped): lead, first screen (a full report: summary and every key figure), the role's tables, then findings, actions.
     The data model's body is a com.execreports.analysis.Report. -->
<#import "layout.html.ftl" as l>
<#assign r = body>
<@l.page r>
<@l.lead "Revenue recognition, invoicing coverage and system gaps."/>
<@l.firstScreen r/>
<#if l.wholeTop(r)><@l.summary r/></#if>
<#if l.wholeTop(r)><@l.kpis r/></#if>
<@l.charts r/>
<@l.sections r/>
<@l.findings r/>
<@l.actions report=r title="Actions"/>
</@l.page>
