import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, VersionColumn } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ActorType, NoteVisibility } from '@clientele/shared';
import { EnumColumn, IdColumn, InstantColumn } from '../../app/columns';
import { Client } from '../clients/client.entity';

registerEnumType(NoteVisibility, {
  name: 'NoteVisibility',
  description: 'Who may read a note.',
  valuesConfig: {
    INTERNAL: { description: "The operator's staff only." },
    SHARED: { description: 'Also the managing partner.' },
  },
});

/** A note on a client file: editable by its author, pinnable, internal or shared. */
@Entity('client_note')
@Index('IDX_client_note_client', ['clientId', 'pinned', 'createdAt'])
@ObjectType({ description: 'A note on a client file.' })
export class Note {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID, { description: 'Stable, opaque identifier.' })
  id: string;

  @IdColumn()
  @Field(() => ID, { description: 'The client the note is about.' })
  clientId: string;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: Client;

  @Column({ type: 'text' })
  @Field(() => String, { description: 'The text of the note (plain text, at most 10 000 characters).' })
  body: string;

  @EnumColumn()
  @Field(() => ActorType, { description: 'What kind of person wrote it.' })
  authorType: ActorType;

  @IdColumn({ nullable: true })
  @Field(() => ID, {
    nullable: true,
    description: 'Id of the author (a staff user, partner user or contact).',
  })
  authorId: string | null;

  @Column({ type: 'varchar', length: 120 })
  @Field(() => String, { description: 'Name of the author when the note was written.' })
  authorName: string;

  @Column({ type: 'boolean', default: false })
  @Field(() => Boolean, { description: 'Pinned notes come first.' })
  pinned: boolean;

  @EnumColumn()
  @Field(() => NoteVisibility, { description: 'Who may read the note.' })
  visibility: NoteVisibility;

  @InstantColumn()
  @Field(() => Date, { description: 'When the note was written.' })
  createdAt: Date;

  @InstantColumn({ nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the text was last edited, if ever.' })
  editedAt: Date | null;

  @InstantColumn({ nullable: true })
  deletedAt: Date | null;

  @VersionColumn()
  @Field(() => Int, { description: 'Increases with every change; send it back with an edit.' })
  version: number;
}
