from django.db import models


class Post(models.Model):
    title = models.CharField(max_length=200)
    body = models.TextField()
    created = models.DateTimeField(auto_now_add=True)

    def summary(self, length=40):
        if len(self.body) <= length:
            return self.body
        return self.body[: length - 1] + '…'
