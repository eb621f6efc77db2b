CREATE TABLE `challenges` (
	`challenge` text PRIMARY KEY NOT NULL,
	`domain` text NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer
);
--> statement-breakpoint
CREATE INDEX `challenges_expires_at_idx` ON `challenges` (`expires_at`);