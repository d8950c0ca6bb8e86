"""claim indexes for the queue's sorts and filters and each role's home, at 100,000 claims

Revision ID: 9d3e5a7b1c20
Revises: 7c1f0e2b9a4d
Create Date: 2026-11-24 20:30:00.000000

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = '9d3e5a7b1c20'
down_revision = '7c1f0e2b9a4d'
branch_labels = None
depends_on = None

INDEXES = {
    'ix_claims_status_id': ['status', 'id'],
    'ix_claims_status_assignee_id': ['status', 'assignee_id'],
    'ix_claims_status_updated_at': ['status', 'updated_at'],
    'ix_claims_category_status': ['category', 'status'],
}


def upgrade():
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.drop_index('ix_claims_status')
        for name, columns in INDEXES.items():
            batch_op.create_index(name, columns, unique=False)


def downgrade():
    with op.batch_alter_table('claims', schema=None) as batch_op:
        for name in INDEXES:
            batch_op.drop_index(name)
        batch_op.create_index('ix_claims_status', ['status'], unique=False)
