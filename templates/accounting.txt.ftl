<#-- Accounting report, plain-text part: lead, summary, key figures, the role's tables, then findings, actions.
     The data model's body is a com.execreports.analysis.Report. -->
<#import "layout.txt.ftl" as l>
<#assign r = body>
<@l.page r>
<@l.lead "Revenue recognition, invoicing coverage and system gaps."/>
<@l.summary r/>
<@l.kpis r/>
<@l.charts r/>
<@l.sections r/>
<@l.findings r/>
<@l.actions report=r title="Actions"/>
</@l.page>
