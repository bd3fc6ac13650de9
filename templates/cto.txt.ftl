<#-- CTO report, plain-text part: lead, first screen (a full report: summary and every key figure), findings, then the role's tables, actions.
     The data model's body is a com.execreports.analysis.Report. -->
<#import "layout.txt.ftl" as l>
<#assign r = body>
<@l.page r>
<@l.lead "Stack, security, cost and delivery-process gaps, security first."/>
<@l.firstScreen r/>
<#if l.wholeTop(r)><@l.summary r/></#if>
<#if l.wholeTop(r)><@l.kpis r/></#if>
<@l.charts r/>
<@l.findings r/>
<@l.sections r/>
<@l.actions report=r title="Engineering actions"/>
</@l.page>
