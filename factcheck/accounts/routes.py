from secrets import compare_digest

import sqlalchemy as sa
from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_user, logout_user

from ..errors import Refused
from ..extensions import db, login_manager
from ..forms import ActionForm, require_valid
from ..permissions import actor, role_required
from ..validators import local_target
from . import services
from .forms import LoginForm, PasswordChangeForm, PasswordResetForm, RoleForm, UserCreateForm
from .models import Role, User

auth_bp = Blueprint("auth", __name__)
admin_bp = Blueprint("admin", __name__, url_prefix="/admin")


@login_manager.user_loader
def load_user(session_id: str) -> User | None:
    """The session names the user and their current session token; an old token logs nobody in."""
    user_id, _, token = session_id.partition(":")
    user = db.session.get(User, int(user_id)) if user_id.isdigit() else None
    return user if user is not None and token and compare_digest(token, user.session_token) else None


@auth_bp.route("/login", methods=["GET", "POST"])
def login():
    if current_user.is_authenticated:
        return redirect(url_for("home"))
    form = LoginForm()
    if form.validate_on_submit():
        try:
            user = services.authenticate(form.email.data, form.password.data)
        except Refused as refusal:
            form.form_errors.append(refusal.message)
            return render_template("auth/login.html", form=form), refusal.status
        login_user(user)
        return redirect(local_target(request.args.get("next"), url_for("home")))
    return render_template("auth/login.html", form=form)


@auth_bp.post("/logout")
def logout():
    if ActionForm().validate_on_submit():
        if current_user.is_authenticated:
            services.log_out(actor())
            db.session.commit()
        logout_user()
        flash("You are logged out.", "info")
    return redirect(url_for("auth.login"))


@auth_bp.route("/account/password", methods=["GET", "POST"])
def change_password():
    form = PasswordChangeForm()
    if not form.validate_on_submit():
        return render_template("auth/password.html", form=form), 400 if form.is_submitted() else 200
    try:
        services.change_password(actor(), form.current.data, form.new.data)
    except Refused as refusal:
        form.current.errors.append(refusal.message)
        return render_template("auth/password.html", form=form), refusal.status
    db.session.commit()
    login_user(actor())  # this session carries the new token; every other one has ended
    flash("Your password is changed; you were logged out everywhere else.", "success")
    return redirect(url_for("home"))


@admin_bp.get("/users")
@role_required(Role.ADMIN)
def users():
    return render_users(UserCreateForm())


def render_users(create_form: UserCreateForm, status: int = 200):
    users = db.session.scalars(sa.select(User).order_by(User.email)).all()
    role_forms = {user.id: RoleForm(role=user.role.value, prefix=f"u{user.id}") for user in users}
    return render_template(
        "admin/users.html", users=users, create_form=create_form,
        role_forms=role_forms, action_form=ActionForm(), reset_form=PasswordResetForm(),
    ), status


@admin_bp.post("/users")
@role_required(Role.ADMIN)
def create_user():
    form = UserCreateForm()
    if not form.validate_on_submit():
        return render_users(form, 400)
    try:
        user = services.create_user(
            actor(), form.email.data, form.display_name.data, form.password.data, form.role.data
        )
    except Refused as refusal:
        form.email.errors.append(refusal.message)
        return render_users(form, refusal.status)
    db.session.commit()
    flash(f"Created {user.email} ({user.role}).", "success")
    return redirect(url_for("admin.users"))


@admin_bp.post("/users/<int:user_id>/active")
@role_required(Role.ADMIN)
def set_active(user_id: int):
    user = db.get_or_404(User, user_id)
    require_valid(ActionForm())
    services.set_active(actor(), user, request.form.get("active") == "1")
    db.session.commit()
    flash(f"{user.email} is now {'active' if user.active else 'deactivated'}.", "success")
    return redirect(url_for("admin.users"))


@admin_bp.post("/users/<int:user_id>/role")
@role_required(Role.ADMIN)
def change_role(user_id: int):
    user = db.get_or_404(User, user_id)
    form = RoleForm(prefix=f"u{user_id}")
    require_valid(form)
    services.change_role(actor(), user, Role(form.role.data))
    db.session.commit()
    flash(f"{user.email} is now {user.role}.", "success")
    return redirect(url_for("admin.users"))


@admin_bp.post("/users/<int:user_id>/password")
@role_required(Role.ADMIN)
def reset_password(user_id: int):
    user = db.get_or_404(User, user_id)
    form = PasswordResetForm()
    if not form.validate_on_submit():
        raise Refused("New password: " + " ".join(form.password.errors or ["missing."]), 400)
    services.reset_password(actor(), user, form.password.data)
    db.session.commit()
    if user.id == current_user.id:
        login_user(user)
    flash(f"The password of {user.email} is reset; their open sessions have ended.", "success")
    return redirect(url_for("admin.users"))
