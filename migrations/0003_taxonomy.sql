CREATE TABLE `import_jobs` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text,
	`kind` text NOT NULL,
	`status` text NOT NULL,
	`framework_id` text,
	`target` text NOT NULL,
	`files` text DEFAULT '[]' NOT NULL,
	`staged_rows` integer DEFAULT 0 NOT NULL,
	`content_hash` text,
	`result` text,
	`error` text,
	`created_by` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `import_jobs_updated_idx` ON `import_jobs` (`status`,`updated_at`);--> statement-breakpoint
CREATE TABLE `import_staging_competencies` (
	`job_id` text NOT NULL,
	`id` text NOT NULL,
	`key` text NOT NULL,
	`kind` text,
	`item_type` text,
	`code` text,
	`uri` text,
	`label` text,
	`abbreviated_label` text,
	`alt_labels` text DEFAULT '[]' NOT NULL,
	`description` text,
	`parent_id` text,
	`position` integer,
	`file` text NOT NULL,
	`row` integer NOT NULL,
	`ref_column` text,
	PRIMARY KEY(`job_id`, `id`)
);
--> statement-breakpoint
CREATE TABLE `import_staging_crosswalk` (
	`job_id` text NOT NULL,
	`source_ref` text NOT NULL,
	`source_framework` text,
	`relation` text NOT NULL,
	`target_ref` text NOT NULL,
	`target_framework` text,
	`note` text,
	`source_id` text,
	`source_matches` integer,
	`target_id` text,
	`target_matches` integer,
	`file` text NOT NULL,
	`row` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `import_staging_crosswalk_job_idx` ON `import_staging_crosswalk` (`job_id`,`row`);--> statement-breakpoint
CREATE INDEX `import_staging_crosswalk_pair_idx` ON `import_staging_crosswalk` (`job_id`,`source_id`,`target_id`);--> statement-breakpoint
CREATE TABLE `import_staging_links` (
	`job_id` text NOT NULL,
	`source_id` text NOT NULL,
	`relation` text NOT NULL,
	`target_id` text,
	`target_uri` text,
	`reverse` integer DEFAULT 0 NOT NULL,
	`resolved_id` text,
	`position` integer,
	`file` text NOT NULL,
	`row` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `import_staging_links_job_idx` ON `import_staging_links` (`job_id`,`source_id`);--> statement-breakpoint
CREATE TABLE `import_staging_occupation_skills` (
	`job_id` text NOT NULL,
	`occupation_id` text NOT NULL,
	`competency_id` text NOT NULL,
	`relation_type` text,
	`importance` real,
	`level` real,
	`hot_technology` integer,
	`in_demand` integer,
	`file` text NOT NULL,
	`row` integer NOT NULL,
	`occupation_column` text NOT NULL,
	`competency_column` text NOT NULL,
	PRIMARY KEY(`job_id`, `occupation_id`, `competency_id`)
);
--> statement-breakpoint
CREATE TABLE `taxonomy_idempotency_keys` (
	`key` text PRIMARY KEY NOT NULL,
	`request_hash` text NOT NULL,
	`status` integer NOT NULL,
	`body` text NOT NULL,
	`location` text,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `taxonomy_idempotency_keys_expires_idx` ON `taxonomy_idempotency_keys` (`expires_at`);--> statement-breakpoint
CREATE TABLE `badge_mappings` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text,
	`achievement_id` text NOT NULL,
	`competency_id` text NOT NULL,
	`band` text NOT NULL,
	`origin` text NOT NULL,
	`created_by` text,
	`alignment` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`competency_id`) REFERENCES `competencies`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `badge_mappings_achievement_idx` ON `badge_mappings` (`achievement_id`);--> statement-breakpoint
CREATE INDEX `badge_mappings_competency_idx` ON `badge_mappings` (`competency_id`);--> statement-breakpoint
CREATE TABLE `competencies` (
	`seq` integer PRIMARY KEY NOT NULL,
	`id` text NOT NULL,
	`framework_id` text NOT NULL,
	`key` text NOT NULL,
	`kind` text NOT NULL,
	`item_type` text,
	`code` text,
	`uri` text,
	`label` text NOT NULL,
	`abbreviated_label` text,
	`alt_labels` text DEFAULT '[]' NOT NULL,
	`description` text,
	`parent_id` text,
	`position` integer,
	FOREIGN KEY (`framework_id`) REFERENCES `frameworks`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `competencies_id_unique` ON `competencies` (`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `competencies_framework_key_idx` ON `competencies` (`framework_id`,`key`);--> statement-breakpoint
CREATE INDEX `competencies_parent_idx` ON `competencies` (`parent_id`,`position`);--> statement-breakpoint
CREATE INDEX `competencies_framework_parent_idx` ON `competencies` (`framework_id`,`parent_id`);--> statement-breakpoint
CREATE INDEX `competencies_uri_idx` ON `competencies` (`uri`);--> statement-breakpoint
CREATE INDEX `competencies_code_idx` ON `competencies` (`code`);--> statement-breakpoint
CREATE INDEX `competencies_key_idx` ON `competencies` (`key`);--> statement-breakpoint
CREATE TABLE `crosswalk_edges` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text,
	`source_id` text NOT NULL,
	`relation` text NOT NULL,
	`target_id` text NOT NULL,
	`origin` text NOT NULL,
	`framework_id` text,
	`crosswalk_set` text,
	`created_by` text,
	`note` text,
	`created_at` integer NOT NULL,
	`removed_at` integer,
	`removed_by` text,
	`removal_note` text,
	FOREIGN KEY (`source_id`) REFERENCES `competencies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`target_id`) REFERENCES `competencies`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `crosswalk_edges_source_idx` ON `crosswalk_edges` (`source_id`);--> statement-breakpoint
CREATE INDEX `crosswalk_edges_target_idx` ON `crosswalk_edges` (`target_id`);--> statement-breakpoint
CREATE INDEX `crosswalk_edges_framework_idx` ON `crosswalk_edges` (`framework_id`);--> statement-breakpoint
CREATE INDEX `crosswalk_edges_set_idx` ON `crosswalk_edges` (`crosswalk_set`);--> statement-breakpoint
CREATE TABLE `frameworks` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text,
	`kind` text NOT NULL,
	`uri` text NOT NULL,
	`title` text NOT NULL,
	`version` text,
	`source` text,
	`licence` text,
	`attribution` text,
	`content_hash` text NOT NULL,
	`competency_count` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `frameworks_organisation_idx` ON `frameworks` (`organisation_id`,`title`);--> statement-breakpoint
CREATE TABLE `occupation_skills` (
	`framework_id` text NOT NULL,
	`occupation_id` text NOT NULL,
	`competency_id` text NOT NULL,
	`relation_type` text,
	`importance` real,
	`level` real,
	`hot_technology` integer,
	`in_demand` integer,
	PRIMARY KEY(`occupation_id`, `competency_id`),
	FOREIGN KEY (`framework_id`) REFERENCES `frameworks`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`occupation_id`) REFERENCES `competencies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`competency_id`) REFERENCES `competencies`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `occupation_skills_framework_idx` ON `occupation_skills` (`framework_id`);--> statement-breakpoint
CREATE INDEX `occupation_skills_competency_idx` ON `occupation_skills` (`competency_id`);