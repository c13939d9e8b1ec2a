/**
 * Webhook events a repository or organization hook can subscribe to: the event names of
 * @octokit/webhooks 14 (GitHub's webhook schemas) less the GitHub App-only ones and `ping`.
 */
export const GITHUB_HOOK_EVENTS: readonly string[] = [
  'branch_protection_configuration', 'branch_protection_rule', 'check_run', 'check_suite', 'code_scanning_alert', 'commit_comment',
  'create', 'custom_property', 'custom_property_values', 'delete', 'dependabot_alert', 'deploy_key', 'deployment',
  'deployment_protection_rule', 'deployment_review', 'deployment_status', 'discussion', 'discussion_comment', 'fork', 'gollum',
  'issue_comment', 'issue_dependencies', 'issues', 'label', 'member', 'membership', 'merge_group', 'meta', 'milestone', 'org_block',
  'organization', 'package', 'page_build', 'project', 'project_card', 'project_column', 'projects_v2', 'projects_v2_item',
  'projects_v2_status_update', 'public', 'pull_request', 'pull_request_review', 'pull_request_review_comment',
  'pull_request_review_thread', 'push', 'registry_package', 'release', 'repository', 'repository_advisory', 'repository_dispatch',
  'repository_import', 'repository_ruleset', 'repository_vulnerability_alert', 'secret_scanning_alert',
  'secret_scanning_alert_location', 'secret_scanning_scan', 'security_and_analysis', 'star', 'status', 'sub_issues', 'team',
  'team_add', 'watch', 'workflow_dispatch', 'workflow_job', 'workflow_run',
];

/** The sample events hookyard can fire (fixtures/events/github/), plus `ping` sent by the API. */
export const GITHUB_FIRED_EVENTS = ['push', 'issues', 'pull_request', 'issue_comment', 'release', 'star', 'ping'] as const;
