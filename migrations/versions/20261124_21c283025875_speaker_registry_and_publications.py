"""speaker registry and publications

Speakers get a comparison key, an optional article scope (sources known only in one article),
an external identifier and merge tracking; aliases are per speaker. Publications freeze what an
approval published; existing published verdicts are copied into them.

Revision ID: 21c283025875
Revises: c5e0b15d6b7f
Create Date: 2026-11-24 14:37:53.559539

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '21c283025875'
down_revision = 'c5e0b15d6b7f'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('speaker_distinctions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('speaker_id', sa.Integer(), nullable=False),
    sa.Column('other_id', sa.Integer(), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['users.id'], name=op.f('fk_speaker_distinctions_actor_id_users')),
    sa.ForeignKeyConstraint(['other_id'], ['speakers.id'], name=op.f('fk_speaker_distinctions_other_id_speakers'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['speaker_id'], ['speakers.id'], name=op.f('fk_speaker_distinctions_speaker_id_speakers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_speaker_distinctions')),
    sa.UniqueConstraint('speaker_id', 'other_id', name='uq_speaker_distinctions_pair')
    )
    op.create_table('speaker_merges',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kept_id', sa.Integer(), nullable=False),
    sa.Column('merged_id', sa.Integer(), nullable=False),
    sa.Column('claim_ids', sa.JSON(), nullable=False),
    sa.Column('aliases_added', sa.JSON(), nullable=False),
    sa.Column('role_filled', sa.Boolean(), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('undone_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['actor_id'], ['users.id'], name=op.f('fk_speaker_merges_actor_id_users')),
    sa.ForeignKeyConstraint(['kept_id'], ['speakers.id'], name=op.f('fk_speaker_merges_kept_id_speakers')),
    sa.ForeignKeyConstraint(['merged_id'], ['speakers.id'], name=op.f('fk_speaker_merges_merged_id_speakers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_speaker_merges'))
    )
    with op.batch_alter_table('speaker_merges', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_speaker_merges_kept_id'), ['kept_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_speaker_merges_merged_id'), ['merged_id'], unique=False)

    op.create_table('publications',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('claim_id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('verdict_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('quote_type', sa.String(length=16), nullable=False),
    sa.Column('cue', sa.String(length=300), nullable=True),
    sa.Column('channel', sa.String(length=300), nullable=True),
    sa.Column('statement_date', sa.String(length=10), nullable=True),
    sa.Column('category', sa.String(length=64), nullable=True),
    sa.Column('speaker_id', sa.Integer(), nullable=True),
    sa.Column('speaker_name', sa.String(length=200), nullable=True),
    sa.Column('speaker_mention', sa.String(length=300), nullable=True),
    sa.Column('speaker_role', sa.String(length=300), nullable=True),
    sa.Column('speaker_kind', sa.String(length=16), nullable=True),
    sa.Column('speaker_external_id', sa.String(length=300), nullable=True),
    sa.Column('attribution', sa.String(length=64), nullable=True),
    sa.Column('veracity', sa.String(length=64), nullable=True),
    sa.Column('summary', sa.Text(), nullable=True),
    sa.Column('rationale', sa.Text(), nullable=True),
    sa.Column('correction_note', sa.Text(), nullable=True),
    sa.Column('sources', sa.JSON(), nullable=False),
    sa.Column('reviewer_id', sa.Integer(), nullable=False),
    sa.Column('reviewer_name', sa.String(length=200), nullable=False),
    sa.Column('approver_id', sa.Integer(), nullable=False),
    sa.Column('approver_name', sa.String(length=200), nullable=False),
    sa.Column('submitted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('published_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['approver_id'], ['users.id'], name=op.f('fk_publications_approver_id_users')),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_publications_article_id_articles')),
    sa.ForeignKeyConstraint(['claim_id'], ['claims.id'], name=op.f('fk_publications_claim_id_claims')),
    sa.ForeignKeyConstraint(['reviewer_id'], ['users.id'], name=op.f('fk_publications_reviewer_id_users')),
    sa.ForeignKeyConstraint(['speaker_id'], ['speakers.id'], name=op.f('fk_publications_speaker_id_speakers')),
    sa.ForeignKeyConstraint(['verdict_id'], ['verdicts.id'], name=op.f('fk_publications_verdict_id_verdicts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_publications'))
    )
    with op.batch_alter_table('publications', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_publications_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_publications_claim_id'), ['claim_id'], unique=False)

    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('speaker_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_events_speaker_id'), ['speaker_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_events_speaker_id_speakers'), 'speakers', ['speaker_id'], ['id'], ondelete='SET NULL')

    with op.batch_alter_table('speaker_aliases', schema=None) as batch_op:
        batch_op.add_column(sa.Column('alias_key', sa.String(length=200), nullable=True))
        batch_op.drop_constraint(batch_op.f('uq_speaker_aliases_alias'), type_='unique')
    with op.batch_alter_table('speakers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('name_key', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('external_id', sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column('article_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('merged_into_id', sa.Integer(), nullable=True))
        batch_op.drop_constraint(batch_op.f('uq_speakers_name'), type_='unique')

    fill_keys()
    publish_existing_verdicts()

    with op.batch_alter_table('speaker_aliases', schema=None) as batch_op:
        batch_op.alter_column('alias_key', existing_type=sa.String(length=200), nullable=False)
        batch_op.create_index(batch_op.f('ix_speaker_aliases_alias_key'), ['alias_key'], unique=False)
        batch_op.create_unique_constraint('uq_speaker_aliases_speaker_alias', ['speaker_id', 'alias_key'])

    with op.batch_alter_table('speakers', schema=None) as batch_op:
        batch_op.alter_column('name_key', existing_type=sa.String(length=200), nullable=False)
        batch_op.create_index(batch_op.f('ix_speakers_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_speakers_name_key'), ['name_key'], unique=False)
        batch_op.create_index('uq_speakers_article_name', ['article_id', 'name_key'], unique=True, sqlite_where=sa.text('article_id IS NOT NULL AND merged_into_id IS NULL'), postgresql_where=sa.text('article_id IS NOT NULL AND merged_into_id IS NULL'))
        batch_op.create_index('uq_speakers_shared_name', ['name_key'], unique=True, sqlite_where=sa.text('article_id IS NULL AND merged_into_id IS NULL'), postgresql_where=sa.text('article_id IS NULL AND merged_into_id IS NULL'))
        batch_op.create_foreign_key(batch_op.f('fk_speakers_article_id_articles'), 'articles', ['article_id'], ['id'], ondelete='CASCADE')
        batch_op.create_foreign_key(batch_op.f('fk_speakers_merged_into_id_speakers'), 'speakers', ['merged_into_id'], ['id'])


def key(name):
    return " ".join(name.split()).casefold()


def fill_keys():
    """Comparison keys for existing names; descriptions stored as aliases ("The envoy") are dropped."""
    bind = op.get_bind()
    for id_, name in bind.execute(sa.text("SELECT id, name FROM speakers")).all():
        bind.execute(sa.text("UPDATE speakers SET name_key = :key WHERE id = :id"), {"key": key(name), "id": id_})
    for id_, alias in bind.execute(sa.text("SELECT id, alias FROM speaker_aliases")).all():
        words = key(alias).replace("\u2019", "'").split()
        if words[0] in DESCRIPTION_OPENERS or any(word.endswith("'s") for word in words):
            bind.execute(sa.text("DELETE FROM speaker_aliases WHERE id = :id"), {"id": id_})
        else:
            bind.execute(sa.text("UPDATE speaker_aliases SET alias_key = :key WHERE id = :id"),
                         {"key": key(alias), "id": id_})


DESCRIPTION_OPENERS = {"the", "a", "an", "this", "that", "his", "her", "its", "their"}


def publish_existing_verdicts():
    """Each published verdict becomes a publication, as the claim and speaker are now."""
    op.get_bind().execute(sa.text("""
        INSERT INTO publications (claim_id, article_id, verdict_id, text, start, "end", quote_type, cue, channel,
            statement_date, category, speaker_id, speaker_name, speaker_mention, speaker_role, speaker_kind,
            attribution, veracity, summary, rationale, correction_note, sources, reviewer_id, reviewer_name,
            approver_id, approver_name, submitted_at, published_at)
        SELECT c.id, c.article_id, v.id, c.text, c.start, c."end", c.quote_type, c.cue, c.channel,
            c.statement_date, c.category, s.id, s.name, c.speaker_mention, COALESCE(c.speaker_role, s.role), s.kind,
            v.attribution, v.veracity, v.summary, v.rationale, v.correction_note, '[]', v.reviewer_id, r.display_name,
            v.editor_id, e.display_name, v.submitted_at, COALESCE(v.decided_at, v.created_at)
        FROM verdicts v JOIN claims c ON c.id = v.claim_id LEFT JOIN speakers s ON s.id = c.speaker_id
        JOIN users r ON r.id = v.reviewer_id JOIN users e ON e.id = v.editor_id
        WHERE v.published
    """))


def downgrade():
    with op.batch_alter_table('speakers', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_speakers_merged_into_id_speakers'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('fk_speakers_article_id_articles'), type_='foreignkey')
        batch_op.drop_index('uq_speakers_shared_name', sqlite_where=sa.text('article_id IS NULL AND merged_into_id IS NULL'), postgresql_where=sa.text('article_id IS NULL AND merged_into_id IS NULL'))
        batch_op.drop_index('uq_speakers_article_name', sqlite_where=sa.text('article_id IS NOT NULL AND merged_into_id IS NULL'), postgresql_where=sa.text('article_id IS NOT NULL AND merged_into_id IS NULL'))
        batch_op.drop_index(batch_op.f('ix_speakers_name_key'))
        batch_op.drop_index(batch_op.f('ix_speakers_article_id'))
        batch_op.create_unique_constraint(batch_op.f('uq_speakers_name'), ['name'])
        batch_op.drop_column('merged_into_id')
        batch_op.drop_column('article_id')
        batch_op.drop_column('external_id')
        batch_op.drop_column('name_key')

    op.get_bind().execute(sa.text(
        "DELETE FROM speaker_aliases WHERE id NOT IN (SELECT min(id) FROM speaker_aliases GROUP BY alias)"))
    with op.batch_alter_table('speaker_aliases', schema=None) as batch_op:
        batch_op.drop_constraint('uq_speaker_aliases_speaker_alias', type_='unique')
        batch_op.drop_index(batch_op.f('ix_speaker_aliases_alias_key'))
        batch_op.create_unique_constraint(batch_op.f('uq_speaker_aliases_alias'), ['alias'])
        batch_op.drop_column('alias_key')

    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_events_speaker_id_speakers'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_events_speaker_id'))
        batch_op.drop_column('speaker_id')

    with op.batch_alter_table('publications', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_publications_claim_id'))
        batch_op.drop_index(batch_op.f('ix_publications_article_id'))

    op.drop_table('publications')
    with op.batch_alter_table('speaker_merges', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_speaker_merges_merged_id'))
        batch_op.drop_index(batch_op.f('ix_speaker_merges_kept_id'))

    op.drop_table('speaker_merges')
    op.drop_table('speaker_distinctions')
