"""claims by speaker index, for the keyset pages of a speaker's claims

Revision ID: 5b1f0c7d9e2a
Revises: e67be56b553e
Create Date: 2026-11-24 17:30:00.000000

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = '5b1f0c7d9e2a'
down_revision = 'e67be56b553e'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.create_index('ix_claims_speaker_id_id', ['speaker_id', 'id'], unique=False)


def downgrade():
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.drop_index('ix_claims_speaker_id_id')
