import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search and a partner's list through indexes (issue: the API at 100,000
 * clients). Written by hand: TypeORM declares no full-text index it can diff
 * (the entities mark them `synchronize: false`). InnoDB's default stopwords
 * (`de`, `la`, `en`, `com`…) would drop words people search for: none are
 * used for these indexes.
 */
export class AddSearchIndexes1796210000000 implements MigrationInterface {
  name = 'AddSearchIndexes1796210000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX `IDX_client_partner` ON `client`');
    await queryRunner.query(
      'CREATE INDEX `IDX_client_partner_live_name` ON `client` (`partner_id`, `live_name_key`)',
    );
    await queryRunner.query('SET SESSION innodb_ft_enable_stopword = OFF');
    await queryRunner.query('CREATE FULLTEXT INDEX `FT_client_search` ON `client` (`search_key`)');
    await queryRunner.query('CREATE FULLTEXT INDEX `FT_client_name` ON `client` (`name_key`)');
    await queryRunner.query(
      'CREATE FULLTEXT INDEX `FT_contact_search` ON `contact` (`name_key`, `email_key`)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX `FT_contact_search` ON `contact`');
    await queryRunner.query('DROP INDEX `FT_client_name` ON `client`');
    await queryRunner.query('DROP INDEX `FT_client_search` ON `client`');
    await queryRunner.query('DROP INDEX `IDX_client_partner_live_name` ON `client`');
    await queryRunner.query('CREATE INDEX `IDX_client_partner` ON `client` (`partner_id`)');
  }
}
