<#ftl output_format="HTML">
<#-- CEO report, HTML part (auto-escaped): lead, first screen (a full report: summary and every key figure), findings, then the role's tables, actions.
     The data model's body is a com.execreports.analysis.Report. -->
<#import "layout.html.ftl" as l>
<#assign r = body>
<@l.page r>
<@l.lead "What needs your decision this week across the portfolio."/>
<@l.firstScreen r/>
<#if l.wholeTop(r)><@l.summary r/></#if>
<#if l.wholeTop(r)><@l.kpis r/></#if>
<@l.charts r/>
<@l.findings r/>
<@l.sections r/>
<@l.actions report=r title="Next 30 days"/>
</@l.page>
