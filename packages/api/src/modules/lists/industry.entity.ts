import { Entity, Index } from 'typeorm';
import { ObjectType } from 'type-graphql';
import { ListItem } from './list-item';

/** An industry a client works in (Freshdesk's editable list). */
@Entity('industry')
@Index('UQ_industry_name_key', ['nameKey'], { unique: true })
@ObjectType({ description: 'An industry a client works in.' })
export class Industry extends ListItem {}
