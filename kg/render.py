"""placeholder: replaced by the HTML renderer"""
def render_file(src, dst):
    pass
