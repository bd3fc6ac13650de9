<#ftl output_format="HTML">
<#-- CTO report, HTML part (auto-escaped): lead, summary, key figures, findings, then the role's tables, actions.
     The data model's body is a com.execreports.analysis.Report. -->
<#import "layout.html.ftl" as l>
<#assign r = body>
<@l.page r>
<@l.lead "Stack, security, cost and delivery-process gaps, security first."/>
<@l.summary r/>
<@l.kpis r/>
<@l.charts r/>
<@l.findings r/>
<@l.sections r/>
<@l.actions report=r title="Engineering actions"/>
</@l.page>
