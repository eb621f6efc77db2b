-- Full-text search over competency labels, alternative labels and descriptions (FTS5, external
-- content kept in step by triggers), and the uniqueness rules drizzle cannot describe.
CREATE VIRTUAL TABLE `competency_search` USING fts5(
	`label`,
	`alt_labels`,
	`description`,
	content='competencies',
	content_rowid='seq',
	tokenize='unicode61 remove_diacritics 2',
	prefix='2 3'
);
--> statement-breakpoint
CREATE TRIGGER `competencies_search_insert` AFTER INSERT ON `competencies` BEGIN
	INSERT INTO `competency_search` (`rowid`, `label`, `alt_labels`, `description`)
	VALUES (new.`seq`, new.`label`, new.`alt_labels`, new.`description`);
END;
--> statement-breakpoint
CREATE TRIGGER `competencies_search_delete` AFTER DELETE ON `competencies` BEGIN
	INSERT INTO `competency_search` (`competency_search`, `rowid`, `label`, `alt_labels`, `description`)
	VALUES ('delete', old.`seq`, old.`label`, old.`alt_labels`, old.`description`);
END;
--> statement-breakpoint
CREATE TRIGGER `competencies_search_update` AFTER UPDATE OF `label`, `alt_labels`, `description` ON `competencies` BEGIN
	INSERT INTO `competency_search` (`competency_search`, `rowid`, `label`, `alt_labels`, `description`)
	VALUES ('delete', old.`seq`, old.`label`, old.`alt_labels`, old.`description`);
	INSERT INTO `competency_search` (`rowid`, `label`, `alt_labels`, `description`)
	VALUES (new.`seq`, new.`label`, new.`alt_labels`, new.`description`);
END;
--> statement-breakpoint
CREATE UNIQUE INDEX `crosswalk_edges_live_idx` ON `crosswalk_edges` (coalesce(`organisation_id`, ''), `source_id`, `target_id`, `relation`) WHERE `removed_at` IS NULL;
--> statement-breakpoint
CREATE UNIQUE INDEX `badge_mappings_unique_idx` ON `badge_mappings` (coalesce(`organisation_id`, ''), `achievement_id`, `competency_id`);
