import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BusinessNumberScheme } from '@clientele/shared';
import { EnumColumn, IdColumn } from '../../app/columns';
import { Client } from './client.entity';

registerEnumType(BusinessNumberScheme, {
  name: 'BusinessNumberScheme',
  description: 'Kinds of registration numbers.',
  valuesConfig: {
    NEQ: { description: 'Québec enterprise number (10 digits).' },
    SIREN_SIRET: { description: 'French SIREN (9 digits) or SIRET (14 digits).' },
    VAT: { description: 'European VAT identification number (FR44732829320).' },
    BN: { description: 'Canadian business number (9 digits).' },
    OTHER: { description: 'Any other registration number.' },
  },
});

/** A registration number of a client: NEQ, SIREN/SIRET, VAT… */
@Entity('client_business_number')
@ObjectType({ description: 'A registration number of a client.' })
export class BusinessNumber {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Index('IDX_client_business_number_client')
  @IdColumn()
  clientId: string;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: Client;

  @EnumColumn()
  @Field(() => BusinessNumberScheme, { description: 'Which register the number belongs to.' })
  scheme: BusinessNumberScheme;

  @Column({ type: 'varchar', length: 32 })
  @Field(() => String, { description: 'The number, without spaces.' })
  value: string;

  @Column({ type: 'int' })
  position: number;
}
