import { hasAnyRole, Role, type Caller } from '../../../auth/roles';

/** Who writes, publishes and archives articles and reads drafts (KnowledgeArticleController): the desk and Dinas. */
export function mayWriteArticles(caller: Caller | undefined): boolean {
  return hasAnyRole(caller, Role.TIER1_AGENT, Role.TIER2_AGENT, Role.DINAS_ADMIN);
}
