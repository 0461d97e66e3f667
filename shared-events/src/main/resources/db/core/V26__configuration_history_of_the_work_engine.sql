-- Issue 11's configuration joins the history of V19 (docs/adr/012): calendars, skills, team members, routing rules,
-- SLA policies, triggers and automations (each version row too, so a deleted rule's versions stay explained). An agent's status
-- (online, away, offline) is not configuration: it changes all day, is an event of its own (AgentStatusChangedEvent),
-- and a change of only it records nothing.
SELECT audit.track('directory.agent', ignored_columns => '{status,status_since}');
SELECT audit.track('directory.business_calendar');
SELECT audit.track('directory.skill');
SELECT audit.track('directory.agent_skill');
SELECT audit.track('directory.team_member');
SELECT audit.track('routing.rule');
SELECT audit.track('routing.rule_version');
SELECT audit.track('automation.rule');
SELECT audit.track('automation.rule_version');
SELECT audit.track('directory.sla_policy');
SELECT audit.track('directory.sla_policy_version');
